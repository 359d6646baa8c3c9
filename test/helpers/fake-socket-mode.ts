import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/**
 * Slack's side of Socket Mode: the WebSocket that apps.connections.open hands out. Greets each
 * connection with `hello`, sends envelopes as Slack does, and resolves each with the app's ack.
 */
export class FakeSocketMode {
  private server: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private readonly waiting = new Map<string, (ack: SocketAck) => void>();
  private connected: Promise<void> = Promise.resolve();
  connections = 0;
  url = '';

  async start(): Promise<this> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    this.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link/?ticket=fake`;
    let markConnected = () => {};
    this.connected = new Promise((resolve) => {
      markConnected = resolve;
    });
    server.on('connection', (socket) => {
      this.connections++;
      this.socket = socket;
      socket.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        this.waiting.get(ack.envelope_id)?.(ack);
        this.waiting.delete(ack.envelope_id);
      });
      socket.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' }, debug_info: {} }),
      );
      markConnected();
    });
    return this;
  }

  /** Sends one envelope (`slash_commands`, `interactive` or `events_api`); resolves with the app's ack. */
  async send(type: string, payload: Record<string, unknown>, timeoutMs = 3_000): Promise<SocketAck> {
    await this.connected;
    const envelopeId = randomUUID();
    const acked = new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for ${type} within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
    this.socket?.send(
      JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }),
    );
    return acked;
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
