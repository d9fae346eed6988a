/**
 * One HTTP server for every webhook channel (`/wecom/callback`, `/slack/events`, `/telegram`)
 * plus `/healthz`. Routes are plain Node request listeners so each adapter keeps its own
 * signature checks and acknowledgement rules.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorCode, type Logger } from './log.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A running server and how to reach and stop it. */
export interface RunningServer {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

/** Routes by exact path; `/healthz` answers 200 while the process is up. */
export function createRouter(routes: Readonly<Record<string, RouteHandler>>, log: Logger): RouteHandler {
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const route = routes[path];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    try {
      await route(req, res);
    } catch (err) {
      // Whatever one request throws ends that request, never the process (issue 10: a signed
      // Slack body `null` once took every channel down with it).
      log.error('http_route_failed', { path, code: errorCode(err) });
      if (!res.headersSent) res.writeHead(400);
      if (!res.writableEnded) res.end();
    }
  };
}

/** Starts the server on `port` (0 picks a free one) at `host`. */
export async function listen(handler: RouteHandler, port: number, host?: string): Promise<RunningServer> {
  const server = createServer((req, res) => {
    Promise.resolve()
      .then(() => handler(req, res))
      .catch(() => {
        if (!res.headersSent) res.writeHead(400);
        if (!res.writableEnded) res.end();
      });
  });
  // A client that sends garbage or hangs up mid-request is that connection's problem only.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Reads a request body up to `limit` bytes; a longer one fails with code `body_too_large` as soon
 * as it passes the limit, and the rest of it is read and dropped (the connection is not reset).
 */
export function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        reject(Object.assign(new Error('body too large'), { code: 'body_too_large' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      if (!over) reject(err);
    });
  });
}

/** Bodies above this are not even read: the connection is closed after the 413. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Reads the body up to `limit` bytes; a larger one (by Content-Length or as it streams) is answered
 * 413 and null is returned. The rest of an over-long body is read and dropped, so the client gets
 * the 413 instead of a connection reset while it is still sending.
 */
export async function readBodyOr413(req: IncomingMessage, res: ServerResponse, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  const tooLarge = () => {
    if (!res.headersSent) res.writeHead(413, { connection: 'close' }).end();
    if (declared > DRAIN_LIMIT) req.destroy();
    else req.resume();
    return null;
  };
  if (declared > limit) return tooLarge();
  try {
    return await readBody(req, limit);
  } catch (err) {
    if (errorCode(err) === 'body_too_large') return tooLarge();
    throw err;
  }
}
