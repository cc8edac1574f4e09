import type { Observable } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Subscribe a component to a Dexie liveQuery (or any observable); undefined until the first value. */
export function useObservable<T>(make: () => Observable<T>, deps: unknown[]): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    const sub = make().subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ ...s, error })),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
