/**
 * Just enough of RFC 6455 to stand in for Slack's Socket Mode server in tests (no `ws` package
 * is installed): the upgrade handshake, unfragmented text frames both ways, ping → pong, close.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export interface FakeSocket {
  send(text: string): void;
  close(): void;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head =
    len < 126
      ? Buffer.from([0x80 | opcode, len])
      : len < 65536
        ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff])
        : Buffer.concat([
            Buffer.from([0x80 | opcode, 127]),
            (() => {
              const b = Buffer.alloc(8);
              b.writeBigUInt64BE(BigInt(len));
              return b;
            })(),
          ]);
  return Buffer.concat([head, payload]);
}

/** Completes the upgrade and calls `onText` for each text message from the client. */
export function acceptWebSocket(
  req: IncomingMessage,
  socket: Duplex,
  onText: (text: string, ws: FakeSocket) => void,
): FakeSocket {
  const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  let closed = false;
  const ws: FakeSocket = {
    send: (text) => {
      if (!closed) socket.write(frame(0x1, Buffer.from(text, 'utf8')));
    },
    close: () => {
      if (closed) return;
      closed = true;
      socket.write(frame(0x8, Buffer.alloc(0)));
      socket.end();
    },
  };
  let buf = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      if (buf.length < 2) return;
      const opcode = (buf[0] as number) & 0x0f;
      const masked = ((buf[1] as number) & 0x80) !== 0;
      let len = (buf[1] as number) & 0x7f;
      let off = 2;
      if (len === 126) {
        if (buf.length < 4) return;
        len = buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (buf.length < 10) return;
        len = Number(buf.readBigUInt64BE(2));
        off = 10;
      }
      const maskOff = off;
      if (masked) off += 4;
      if (buf.length < off + len) return;
      const payload = Buffer.from(buf.subarray(off, off + len));
      if (masked)
        for (let i = 0; i < payload.length; i++)
          payload[i] = (payload[i] as number) ^ (buf[maskOff + (i % 4)] as number);
      buf = buf.subarray(off + len);
      if (opcode === 0x1) onText(payload.toString('utf8'), ws);
      else if (opcode === 0x9 && !closed) socket.write(frame(0xa, payload));
      else if (opcode === 0x8) ws.close();
    }
  });
  socket.on('error', () => {
    closed = true;
  });
  socket.on('close', () => {
    closed = true;
  });
  return ws;
}
