/**
 * WeCom (企业微信) callback crypto: the msg_signature and the AES-256-CBC envelope of Tencent's
 * "加解密方案". Pure functions of their inputs; the random prefix is injectable so a round trip
 * can be made deterministic in tests.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Why a callback was refused. Logged as a code; never sent back to the caller. */
export type WecomCryptoErrorCode = 'bad_key' | 'bad_signature' | 'bad_ciphertext' | 'bad_padding' | 'bad_receive_id';

/** A refused callback, carrying only a code. */
export class WecomCryptoError extends Error {
  constructor(readonly code: WecomCryptoErrorCode) {
    super(code);
    this.name = 'WecomCryptoError';
  }
}

// WeCom pads to 32-byte blocks (not AES's 16), so Node's own PKCS#7 cannot be used.
const BLOCK = 32;

/** The 32-byte AES key from the 43-character EncodingAESKey. */
export function aesKeyFrom(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new WecomCryptoError('bad_key');
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new WecomCryptoError('bad_key');
  return key;
}

/** SHA-1 (hex) of token, timestamp, nonce and ciphertext, sorted as strings and concatenated. */
export function wecomSignature(token: string, timestamp: string, nonce: string, encrypted: string): string {
  const joined = [token, timestamp, nonce, encrypted].sort().join('');
  return createHash('sha1').update(joined).digest('hex');
}

/** Constant-time check of a msg_signature; any length or content mismatch is false. */
export function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given.toLowerCase(), 'utf8');
  // timingSafeEqual needs equal lengths; compare against itself so the time spent does not depend on `given`.
  if (a.length !== b.length) {
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}

function pkcs7Pad(data: Buffer): Buffer {
  const n = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

function pkcs7Unpad(data: Buffer): Buffer {
  const n = data.at(-1) ?? 0;
  if (n < 1 || n > BLOCK || n > data.length) throw new WecomCryptoError('bad_padding');
  for (let i = data.length - n; i < data.length; i++) {
    if (data[i] !== n) throw new WecomCryptoError('bad_padding');
  }
  return data.subarray(0, data.length - n);
}

/**
 * Encrypts `message` for `receiveId` (the CorpID) and returns base64 ciphertext.
 * Plaintext layout: 16 random bytes, 4-byte big-endian message length, message, receive id.
 */
export function wecomEncrypt(
  key: Buffer,
  message: string,
  receiveId: string,
  random: Buffer = randomBytes(16),
): string {
  if (random.length !== 16) throw new WecomCryptoError('bad_key');
  const msg = Buffer.from(message, 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length, 0);
  const plain = pkcs7Pad(Buffer.concat([random, len, msg, Buffer.from(receiveId, 'utf8')]));
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

/** Decrypts base64 ciphertext; returns the message and the receive id it was addressed to. */
export function wecomDecrypt(key: Buffer, encrypted: string): { message: string; receiveId: string } {
  const data = Buffer.from(encrypted, 'base64');
  if (data.length === 0 || data.length % BLOCK !== 0) throw new WecomCryptoError('bad_ciphertext');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
    decipher.setAutoPadding(false);
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw new WecomCryptoError('bad_ciphertext');
  }
  const body = pkcs7Unpad(plain);
  if (body.length < 20) throw new WecomCryptoError('bad_ciphertext');
  const len = body.readUInt32BE(16);
  if (20 + len > body.length) throw new WecomCryptoError('bad_ciphertext');
  return {
    message: body.subarray(20, 20 + len).toString('utf8'),
    receiveId: body.subarray(20 + len).toString('utf8'),
  };
}

/** What a verified callback needs: the app's token, AES key and CorpID. */
export interface WecomCryptoConfig {
  readonly token: string;
  readonly key: Buffer;
  readonly corpId: string;
}

/** Signature query parameters WeCom adds to every callback. */
export interface WecomSignedQuery {
  readonly msgSignature: string;
  readonly timestamp: string;
  readonly nonce: string;
}

/**
 * Verifies the signature over `encrypted`, decrypts it and checks the receive id is our CorpID.
 * Throws WecomCryptoError with a code; callers answer every code the same way so nothing leaks.
 */
export function openEnvelope(cfg: WecomCryptoConfig, q: WecomSignedQuery, encrypted: string): string {
  const expected = wecomSignature(cfg.token, q.timestamp, q.nonce, encrypted);
  if (!signatureMatches(expected, q.msgSignature)) throw new WecomCryptoError('bad_signature');
  const { message, receiveId } = wecomDecrypt(cfg.key, encrypted);
  const a = Buffer.from(receiveId, 'utf8');
  const b = Buffer.from(cfg.corpId, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new WecomCryptoError('bad_receive_id');
  return message;
}
