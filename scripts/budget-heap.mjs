// The JavaScript heaps of a page and of its dedicated worker, read through the Chrome DevTools Protocol, for
// `npm run budget`. A session here is anything with Playwright's CDPSession shape: send(method, params), on, off.

/**
 * A CDP session with another target (here a dedicated worker) through the browser-level session. Playwright opens
 * CDP sessions for pages and frames only, and its CDPSession.send cannot address a child session by sessionId
 * (the flat protocol), so this attaches in the non-flat mode: commands travel inside Target.sendMessageToTarget,
 * and answers and events come back in Target.receivedMessageFromTarget events.
 */
export async function attachToTarget(browserSession, targetId) {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  let lastId = 0;
  const pending = new Map();
  const listeners = new Map();
  const onMessage = (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    if (message.id === undefined) {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    const call = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) call?.reject(new Error(`${call.method} in target ${targetId}: ${message.error.message}`));
    else call?.resolve(message.result);
  };
  const onDetached = (event) => {
    if (event.sessionId !== sessionId) return;
    for (const call of pending.values()) call.reject(new Error(`${call.method}: target ${targetId} went away`));
    pending.clear();
  };
  browserSession.on('Target.receivedMessageFromTarget', onMessage);
  browserSession.on('Target.detachedFromTarget', onDetached);
  return {
    send(method, params = {}) {
      lastId += 1;
      const id = lastId;
      return new Promise((resolve, reject) => {
        pending.set(id, { method, resolve, reject });
        browserSession
          .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch((error) => {
            pending.delete(id);
            reject(error);
          });
      });
    },
    on(method, listener) {
      if (!listeners.has(method)) listeners.set(method, new Set());
      listeners.get(method).add(listener);
    },
    off(method, listener) {
      listeners.get(method)?.delete(listener);
    },
    async detach() {
      browserSession.off('Target.receivedMessageFromTarget', onMessage);
      browserSession.off('Target.detachedFromTarget', onDetached);
      await browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

/** Two full collections: the second frees what became unreachable once the first one's finalizers ran. */
export async function collectGarbage(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
}

/**
 * Runtime.getHeapUsage in bytes: V8's heap in use (`used`) and reserved (`reserved`), Blink's garbage-collected
 * heap in use (`blink`: DOM and other C++ objects managed by Oilpan), and the memory outside the V8 heap that
 * ArrayBuffers and external strings hold (`external`, V8's backingStorageSize).
 */
export async function heapUsage(session) {
  const usage = await session.send('Runtime.getHeapUsage');
  return {
    used: usage.usedSize,
    reserved: usage.totalSize,
    blink: usage.embedderHeapUsedSize ?? NaN,
    external: usage.backingStorageSize ?? NaN,
  };
}

/** A heap snapshot of the session's target, parsed (HeapProfiler streams it in chunks before it answers). */
export async function takeHeapSnapshot(session) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join(''));
}

/**
 * The ArrayBuffers of a V8 heap snapshot, grouped by the views on them. V8 writes an ArrayBuffer as a node named
 * ArrayBuffer with an internal `backing_store` edge to a native node whose self size is the buffer's bytes, and a
 * typed array as a node named after its class (Float64Array, …) with an internal `buffer` edge to its ArrayBuffer. A buffer seen through views of
 * several kinds is grouped under all their names ("Float64Array+Uint8Array"); one without a view as "(no view)".
 * @returns {{ view: string, buffers: number, bytes: number, largest: number[] }[]} most bytes first
 */
export function arrayBuffersByView(snapshot) {
  const meta = snapshot.snapshot.meta;
  const nodeFields = meta.node_fields.length;
  const edgeFields = meta.edge_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const at = (name) => meta.node_fields.indexOf(name);
  const [typeAt, nameAt, sizeAt, edgeCountAt] = [at('type'), at('name'), at('self_size'), at('edge_count')];
  const edgeTypeAt = meta.edge_fields.indexOf('type');
  const edgeNameAt = meta.edge_fields.indexOf('name_or_index');
  const edgeToAt = meta.edge_fields.indexOf('to_node');
  const { nodes, edges, strings } = snapshot;
  // Both edges are V8's internal ones: a plain object's property named `buffer` is no view.
  const internalEdgeName = (e) => (edgeTypes[edges[e + edgeTypeAt]] === 'internal' ? strings[edges[e + edgeNameAt]] : undefined);
  // A JavaScript object, or in a page's snapshot possibly a native node: Blink writes some wrappers that way.
  const isObjectNamed = (node, names) =>
    ['object', 'native'].includes(nodeTypes[nodes[node + typeAt]]) && names.includes(strings[nodes[node + nameAt]]);

  // One pass over every node's edges: the backing store of each ArrayBuffer, and the views that point at one.
  const bytesOf = new Map();
  const viewsOf = new Map();
  for (let node = 0, e = 0; node < nodes.length; node += nodeFields) {
    const end = e + nodes[node + edgeCountAt] * edgeFields;
    const isBuffer = isObjectNamed(node, ['ArrayBuffer', 'SharedArrayBuffer']);
    for (; e < end; e += edgeFields) {
      const name = internalEdgeName(e);
      const to = edges[e + edgeToAt];
      if (isBuffer && name === 'backing_store') bytesOf.set(node, (bytesOf.get(node) ?? 0) + nodes[to + sizeAt]);
      else if (name === 'buffer' && isObjectNamed(to, ['ArrayBuffer', 'SharedArrayBuffer'])) {
        if (!viewsOf.has(to)) viewsOf.set(to, new Set());
        viewsOf.get(to).add(strings[nodes[node + nameAt]]);
      }
    }
  }

  const groups = new Map();
  for (const [buffer, bytes] of bytesOf) {
    const views = [...(viewsOf.get(buffer) ?? [])].sort();
    const view = views.length ? views.join('+') : '(no view)';
    const group = groups.get(view) ?? { view, buffers: 0, bytes: 0, largest: [] };
    group.buffers += 1;
    group.bytes += bytes;
    group.largest.push(bytes);
    groups.set(view, group);
  }
  for (const group of groups.values()) group.largest.sort((a, b) => b - a);
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}

/** The self sizes of all a heap snapshot's nodes added up: its own count of the heap and what the heap holds. */
export function snapshotBytes(snapshot) {
  const meta = snapshot.snapshot.meta;
  const fields = meta.node_fields.length;
  const sizeAt = meta.node_fields.indexOf('self_size');
  let bytes = 0;
  for (let node = sizeAt; node < snapshot.nodes.length; node += fields) bytes += snapshot.nodes[node];
  return bytes;
}
