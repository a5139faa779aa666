/** A listener for one kind of event: it may take the event's params in any shape. */
export type CdpListener = (params: never) => void;
/** Playwright's CDPSession, or a session with a worker from attachToTarget. */
export interface CdpSession {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  on(method: string, listener: CdpListener): unknown;
  off(method: string, listener: CdpListener): unknown;
}
export interface TargetSession extends CdpSession {
  detach(): Promise<void>;
}
export interface HeapUsage {
  used: number;
  reserved: number;
  blink: number;
  external: number;
}
export interface ArrayBufferGroup {
  view: string;
  buffers: number;
  bytes: number;
  largest: number[];
}
export function attachToTarget(browserSession: CdpSession, targetId: string): Promise<TargetSession>;
export function collectGarbage(session: CdpSession): Promise<void>;
export function heapUsage(session: CdpSession): Promise<HeapUsage>;
export function takeHeapSnapshot(session: CdpSession): Promise<unknown>;
export function arrayBuffersByView(snapshot: unknown): ArrayBufferGroup[];
export function snapshotBytes(snapshot: unknown): number;
