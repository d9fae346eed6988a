import { describe, expect, it } from 'vitest';
import {
  aesKeyFrom,
  openEnvelope,
  signatureMatches,
  WecomCryptoError,
  wecomDecrypt,
  wecomEncrypt,
  wecomSignature,
} from '../../../src/bot/wecom/crypto.ts';

// Tencent's published sample (企业微信 加解密库 README).
const sample = {
  token: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo',
  encodingAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt',
  corpId: 'ww1436e0e65a779aee',
  msgSignature: '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb',
  timestamp: '1476416373',
  nonce: '47744683',
  echostr: 'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==',
};
const cfg = { token: sample.token, key: aesKeyFrom(sample.encodingAesKey), corpId: sample.corpId };
const q = { msgSignature: sample.msgSignature, timestamp: sample.timestamp, nonce: sample.nonce };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof WecomCryptoError ? e.code : 'other';
  }
  return undefined;
}

describe('WeCom crypto', () => {
  it("verifies Tencent's sample URL and returns the echo 1288432023552776189", () => {
    expect(wecomSignature(sample.token, sample.timestamp, sample.nonce, sample.echostr)).toBe(sample.msgSignature);
    expect(openEnvelope(cfg, q, sample.echostr)).toBe('1288432023552776189');
  });

  it('refuses the sample with one signature character changed', () => {
    const forged = { ...q, msgSignature: `${sample.msgSignature.slice(0, -1)}c` };
    expect(codeOf(() => openEnvelope(cfg, forged, sample.echostr))).toBe('bad_signature');
  });

  it('refuses a signature of the wrong length without throwing anything but the code', () => {
    expect(signatureMatches(sample.msgSignature, 'abc')).toBe(false);
    expect(codeOf(() => openEnvelope(cfg, { ...q, msgSignature: '' }, sample.echostr))).toBe('bad_signature');
  });

  it('refuses a message addressed to another CorpID', () => {
    expect(codeOf(() => openEnvelope({ ...cfg, corpId: 'ww0000000000000000' }, q, sample.echostr))).toBe(
      'bad_receive_id',
    );
  });

  it('rejects an EncodingAESKey that is not 43 base64 characters', () => {
    expect(codeOf(() => aesKeyFrom('short'))).toBe('bad_key');
    expect(codeOf(() => aesKeyFrom(`${sample.encodingAesKey}x`))).toBe('bad_key');
  });

  it('a round trip with fixed random bytes is deterministic and signs the same', () => {
    const random = Buffer.from('0123456789abcdef');
    const msg = '<xml><Content><![CDATA[总投资3500万]]></Content></xml>';
    const a = wecomEncrypt(cfg.key, msg, sample.corpId, random);
    const b = wecomEncrypt(cfg.key, msg, sample.corpId, random);
    expect(a).toBe(b);
    expect(wecomDecrypt(cfg.key, a)).toEqual({ message: msg, receiveId: sample.corpId });
    const sig = wecomSignature(sample.token, '1', '2', a);
    expect(sig).toBe(wecomSignature(sample.token, '1', '2', b));
    expect(openEnvelope(cfg, { msgSignature: sig, timestamp: '1', nonce: '2' }, a)).toBe(msg);
  });

  it('pads to 32-byte blocks, adding a whole block when the plaintext already fills one', () => {
    const random = Buffer.alloc(16, 7);
    // 16 + 4 + 12 = 32 bytes before the receive id; with an empty receive id a full pad block is added.
    const full = wecomEncrypt(cfg.key, 'x'.repeat(12), '', random);
    expect(Buffer.from(full, 'base64').length).toBe(64);
    const oneShort = wecomEncrypt(cfg.key, 'x'.repeat(11), '', random);
    expect(Buffer.from(oneShort, 'base64').length).toBe(32);
    expect(wecomDecrypt(cfg.key, full).message).toBe('x'.repeat(12));
    expect(wecomDecrypt(cfg.key, oneShort).message).toBe('x'.repeat(11));
  });

  it('refuses ciphertext that is not a whole number of blocks', () => {
    expect(codeOf(() => wecomDecrypt(cfg.key, Buffer.alloc(31).toString('base64')))).toBe('bad_ciphertext');
  });

  it('refuses ciphertext decrypted with the wrong key', () => {
    const other = aesKeyFrom('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
    const enc = wecomEncrypt(cfg.key, 'hello', sample.corpId, Buffer.alloc(16, 1));
    expect(['bad_padding', 'bad_ciphertext', 'bad_receive_id']).toContain(
      codeOf(() =>
        openEnvelope(
          { ...cfg, key: other },
          { ...q, msgSignature: wecomSignature(cfg.token, q.timestamp, q.nonce, enc) },
          enc,
        ),
      ),
    );
  });
});
