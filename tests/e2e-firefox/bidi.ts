import WebSocket from 'ws';

/**
 * A minimal WebDriver BiDi client: commands are `{id, method, params}`, answers come back with
 * the same id, events carry a method and no id. Only what the Firefox tests use is typed.
 */

export interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

export interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

interface Answer {
  id?: number;
  type: 'success' | 'error' | 'event';
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: string;
  message?: string;
}

export class BidiConnection {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly listeners = new Set<(method: string, params: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const answer = JSON.parse(String(data)) as Answer;
      if (answer.type === 'event') {
        for (const listener of this.listeners) listener(answer.method ?? '', answer.params);
        return;
      }
      const waiting = answer.id === undefined ? undefined : this.pending.get(answer.id);
      if (!waiting || answer.id === undefined) return;
      this.pending.delete(answer.id);
      if (answer.type === 'success') waiting.resolve(answer.result);
      else waiting.reject(new Error(`BiDi ${answer.error ?? 'error'}: ${answer.message ?? ''}`));
    });
    socket.on('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<BidiConnection> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new BidiConnection(socket);
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (v) => resolve(v as T), reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  onEvent(listener: (method: string, params: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.socket.close();
  }
}
