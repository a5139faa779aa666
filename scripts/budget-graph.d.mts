export interface ModuleReferences {
  static: Set<string>;
  dynamic: Set<string>;
  workers: Set<string>;
}
export function references(path: string): ModuleReferences;
export function staticGraph(roots: string[]): { modules: Set<string>; dynamic: Set<string>; workers: Set<string> };
export function lazyGraph(roots: Iterable<string>, firstLoad: Set<string>): Set<string>;
