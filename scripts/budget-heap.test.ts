import { describe, expect, it } from 'vitest';
import { arrayBuffersByView, attachToTarget, snapshotBytes, takeHeapSnapshot } from './budget-heap.mjs';

/** As CdpSession's listeners: each takes the params of its own event, so the emitter hands them over untyped. */
type Listener = (params: never) => void;

/** A browser-level CDP session as Chromium answers in the non-flat mode, with a worker behind session "S1". */
class FakeBrowserSession {
  listeners = new Map<string, Set<Listener>>();
  sent: { method: string; params?: Record<string, unknown> }[] = [];
  /** How the worker answers each command it receives; an event is sent before the answer when asked. */
  constructor(private readonly worker: (method: string) => { result?: unknown; error?: string; eventFirst?: { method: string; params: unknown } }) {}

  on(method: string, listener: Listener) {
    if (!this.listeners.has(method)) this.listeners.set(method, new Set());
    this.listeners.get(method)!.add(listener);
  }
  off(method: string, listener: Listener) {
    this.listeners.get(method)?.delete(listener);
  }
  emit(method: string, params: unknown) {
    for (const listener of this.listeners.get(method) ?? []) listener(params as never);
  }
  async send(method: string, params?: Record<string, unknown>): Promise<unknown> {
    this.sent.push({ method, params });
    if (method === 'Target.attachToTarget') return { sessionId: 'S1' };
    if (method === 'Target.sendMessageToTarget') {
      const message = JSON.parse(String(params?.message)) as { id: number; method: string };
      const answer = this.worker(message.method);
      setTimeout(() => {
        // Another session's message with the same id comes first: it must not answer this one.
        this.emit('Target.receivedMessageFromTarget', { sessionId: 'S2', message: JSON.stringify({ id: message.id, result: 'not mine' }) });
        if (answer.eventFirst) this.emit('Target.receivedMessageFromTarget', { sessionId: 'S1', message: JSON.stringify(answer.eventFirst) });
        const reply = answer.error ? { id: message.id, error: { message: answer.error } } : { id: message.id, result: answer.result };
        this.emit('Target.receivedMessageFromTarget', { sessionId: 'S1', message: JSON.stringify(reply) });
      }, 0);
      return {};
    }
    return {};
  }
}

describe('attachToTarget', () => {
  it('attaches in the non-flat mode and routes answers, errors and events of its own session only', async () => {
    const browser = new FakeBrowserSession((method) => {
      if (method === 'Runtime.getHeapUsage') return { result: { usedSize: 5 } };
      if (method === 'HeapProfiler.takeHeapSnapshot') {
        return { result: {}, eventFirst: { method: 'HeapProfiler.addHeapSnapshotChunk', params: { chunk: '{"a":' } } };
      }
      return { error: `'${method}' wasn't found` };
    });
    const worker = await attachToTarget(browser, 'T1');
    expect(browser.sent[0]).toEqual({ method: 'Target.attachToTarget', params: { targetId: 'T1', flatten: false } });

    expect(await worker.send('Runtime.getHeapUsage')).toEqual({ usedSize: 5 });
    const sent = browser.sent[1]!;
    expect(sent.method).toBe('Target.sendMessageToTarget');
    expect(sent.params?.sessionId).toBe('S1');
    expect(JSON.parse(String(sent.params?.message))).toEqual({ id: 1, method: 'Runtime.getHeapUsage', params: {} });

    await expect(worker.send('Nope.nothing')).rejects.toThrow("Nope.nothing in target T1: 'Nope.nothing' wasn't found");

    const chunks: string[] = [];
    const onChunk = (params: { chunk: string }) => chunks.push(params.chunk);
    worker.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await worker.send('HeapProfiler.takeHeapSnapshot');
    expect(chunks).toEqual(['{"a":']);

    await worker.detach();
    expect(browser.sent.at(-1)).toEqual({ method: 'Target.detachFromTarget', params: { sessionId: 'S1' } });
    expect(browser.listeners.get('Target.receivedMessageFromTarget')?.size).toBe(0);
  });

  it('fails the commands still waiting when the target goes away', async () => {
    const browser = new FakeBrowserSession(() => ({ result: {} }));
    const worker = await attachToTarget(browser, 'T1');
    const waiting = worker.send('HeapProfiler.collectGarbage');
    browser.emit('Target.detachedFromTarget', { sessionId: 'S1' });
    await expect(waiting).rejects.toThrow('HeapProfiler.collectGarbage: target T1 went away');
  });
});

describe('takeHeapSnapshot', () => {
  it('joins the chunks streamed before the answer and stops listening', async () => {
    const listeners = new Set<Listener>();
    const session = {
      on: (_method: string, listener: Listener) => listeners.add(listener),
      off: (_method: string, listener: Listener) => listeners.delete(listener),
      send: async (method: string) => {
        if (method === 'HeapProfiler.takeHeapSnapshot') for (const chunk of ['{"snap', 'shot": 1}']) listeners.forEach((listener) => listener({ chunk } as never));
        return {};
      },
    };
    expect(await takeHeapSnapshot(session)).toEqual({ snapshot: 1 });
    expect(listeners.size).toBe(0);
  });
});

describe('arrayBuffersByView', () => {
  // A snapshot in V8's format (the fields Chromium 156 writes). Strings 2 and 3 are the edge names that matter,
  // so an element edge with index 2 would read as "buffer" if its index were taken for a name.
  const strings = ['', 'ArrayBuffer', 'buffer', 'backing_store', 'Float64Array', 'Uint8Array', 'system / JSArrayBufferData', '(GC roots)', 'Object'];
  const nodeTypes = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic'];
  const edgeTypes = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];
  const FIELDS = 6;
  // [type, name, self size, edges as [edge type, name or index, to node]]
  const spec: [string, number, number, [string, number, number][]][] = [
    ['synthetic', 7, 0, [['element', 2, 1]]], //                       0: roots, element 2 → the first buffer
    ['object', 1, 48, [['internal', 3, 2]]], //                        1: ArrayBuffer → its 800 bytes
    ['native', 6, 800, []], //                                         2
    ['object', 4, 40, [['internal', 2, 1]]], //                        3: Float64Array on buffer 1
    ['object', 4, 40, [['internal', 2, 1]]], //                        4: a second Float64Array on buffer 1
    ['native', 1, 0, [['internal', 3, 6]]], //                         5: an ArrayBuffer as a page's snapshot writes it
    ['native', 6, 16, []], //                                          6
    ['object', 5, 40, [['internal', 2, 5]]], //                        7: Uint8Array on buffer 5
    ['object', 4, 40, [['internal', 2, 5]]], //                        8: Float64Array on buffer 5
    ['object', 1, 48, [['internal', 3, 10]]], //                       9: an ArrayBuffer with no view …
    ['native', 6, 1000, []], //                                       10
    ['object', 8, 24, [['property', 2, 9]]], //                       11: … only a plain object's property `buffer`
  ];
  const snapshot = {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'detachedness'],
        node_types: [nodeTypes, 'string', 'number', 'number', 'number', 'number'],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [edgeTypes, 'string_or_number', 'node'],
      },
    },
    nodes: spec.flatMap(([type, name, size, edges], i) => [nodeTypes.indexOf(type), name, 2 * i + 1, size, edges.length, 0]),
    edges: spec.flatMap(([, , , edges]) => edges.flatMap(([type, name, to]) => [edgeTypes.indexOf(type), name, to * FIELDS])),
    strings,
  };

  it('sums each buffer once, under the kinds of views on it, most bytes first', () => {
    expect(arrayBuffersByView(snapshot)).toEqual([
      { view: '(no view)', buffers: 1, bytes: 1000, largest: [1000] },
      { view: 'Float64Array', buffers: 1, bytes: 800, largest: [800] },
      { view: 'Float64Array+Uint8Array', buffers: 1, bytes: 16, largest: [16] },
    ]);
  });

  it('adds up the self sizes of all nodes', () => {
    expect(snapshotBytes(snapshot)).toBe(48 + 800 + 40 + 40 + 16 + 40 + 40 + 48 + 1000 + 24);
  });
});
