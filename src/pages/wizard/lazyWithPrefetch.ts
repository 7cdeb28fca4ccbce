// React.lazy for the wizard's later steps, with a prefetch: the steps load right after the first
// paint, so clicking Next never waits for them.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Prefetchable<P extends object> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts fetching the component's chunk (once; a failed fetch is tried again). */
  prefetch: () => Promise<ComponentType<P>>;
}

export function lazyWithPrefetch<P extends object>(load: () => Promise<ComponentType<P>>): Prefetchable<P> {
  type C = ComponentType<P>;
  let loaded: C | null = null;
  let loading: Promise<C> | null = null;
  const prefetch = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Component = lazy(() => {
    if (!loaded) return prefetch().then((component) => ({ default: component }));
    // Already fetched: a thenable that settles at once, which React reads without suspending, so a
    // prefetched step never flashes its fallback (a Promise would settle one microtask later).
    // The cast: React accepts any thenable here, its types ask for a Promise.
    const component = loaded;
    const settled = { then: (resolve: (module: { default: C }) => void) => resolve({ default: component }) };
    return settled as unknown as Promise<{ default: C }>;
  });
  return { Component, prefetch };
}
