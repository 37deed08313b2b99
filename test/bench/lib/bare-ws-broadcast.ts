/**
 * The fanout-100 reference: a bare `ws` WebSocketServer broadcasting one pre-serialized frame to
 * every connected socket. Run as its own process (like the bare HTTP server), with
 * BENCH_ACTOR = the label the API puts in `actor` (the product owner's email):
 *   node --import tsx test/bench/lib/bare-ws-broadcast.ts
 *
 * - WebSocket (any path): speaks just enough of graphql-ws (`graphql-transport-ws`) for the bench's
 *   subscriber to run unchanged: `connection_init` → `connection_ack`, `subscribe` marks the socket
 *   as a subscriber, `ping` → `pong`. No GraphQL parsing, no token, no membership check, no
 *   per-subscriber work: one JSON.stringify per event, then `send` of the same bytes to each socket.
 * - POST /event: takes the very body the API's trigger gets (the askRefinementQuestion document)
 *   and reads only `variables.input.{sessionId,itemId}`; builds the RefinementEvent the API
 *   publishes (same fields, same order, `at` = new Date().toISOString() as the API stamps it),
 *   wraps it in a graphql-ws `next` frame of the same size as the API's (`id` is 36 characters,
 *   as the bench's subscription ids are), broadcasts it, then answers like the API does.
 * - GET /clients: `{"subscribers": n}` (sockets that sent `subscribe`).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const actor = process.env.BENCH_ACTOR ?? '';
if (!actor) throw new Error('BENCH_ACTOR (the actor label the API publishes) is required');

/** A fixed subscription id of the same length as the bench subscribers' (randomUUID) ids. */
const FRAME_ID = '00000000-0000-4000-8000-000000000000';

const subscribers = new Set<WebSocket>();

interface TriggerBody {
  variables?: { input?: { sessionId?: string; itemId?: string } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function onEvent(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: TriggerBody;
  try {
    body = JSON.parse(await readBody(req)) as TriggerBody;
  } catch {
    return json(res, 400, { errors: [{ message: 'not JSON' }] });
  }
  const input = body.variables?.input;
  if (!input?.sessionId || !input.itemId) return json(res, 400, { errors: [{ message: 'variables.input.sessionId and itemId are required' }] });
  // The RefinementService's event, in the order the subscription document selects its fields.
  const event = { sessionId: input.sessionId, type: 'QUESTION_ASKED', actor, itemId: input.itemId, roundId: null, votesCast: null, at: new Date().toISOString() };
  const frame = Buffer.from(JSON.stringify({ id: FRAME_ID, type: 'next', payload: { data: { refinementEvents: event } } }));
  for (const socket of subscribers) socket.send(frame);
  json(res, 200, { data: { askRefinementQuestion: { id: randomUUID() } } });
}

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/event') {
    onEvent(req, res).catch((error: unknown) => json(res, 500, { errors: [{ message: String(error) }] }));
  } else if (req.method === 'GET' && req.url === '/clients') {
    json(res, 200, { subscribers: subscribers.size });
  } else {
    json(res, 404, { errors: [{ message: 'not found' }] });
  }
});

// The same `ws` defaults as the API's graphql-ws server (no permessage-deflate).
const wss = new WebSocketServer({ server, perMessageDeflate: false });
wss.on('connection', (socket) => {
  socket.on('message', (data) => {
    let message: { type?: string };
    try {
      message = JSON.parse(data.toString()) as { type?: string };
    } catch {
      socket.close(4400, 'not JSON');
      return;
    }
    if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
    else if (message.type === 'subscribe') subscribers.add(socket);
    else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
  });
  socket.on('close', () => subscribers.delete(socket));
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`bare ws broadcast listening on http://127.0.0.1:${port}`);
});

const stop = (): void => {
  for (const socket of wss.clients) socket.terminate();
  wss.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
