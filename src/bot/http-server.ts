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
      log.error('http_route_failed', { path, code: errorCode(err) });
      if (!res.headersSent) res.writeHead(500);
      if (!res.writableEnded) res.end();
    }
  };
}

/** Starts the server on `port` (0 picks a free one) at `host`. */
export async function listen(handler: RouteHandler, port: number, host?: string): Promise<RunningServer> {
  const server = createServer((req, res) => {
    void handler(req, res);
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

/** Reads a request body up to `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw Object.assign(new Error('body too large'), { code: 'body_too_large' });
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
