import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// findBy*/waitFor give up after 1 s by default. A search that waits for its debounce, then
// for the (fake) answer and a render, took longer than that on a loaded two-core machine, and
// then longer than 5 s in full `npm test` runs (the households search, in a file that took 49 s).
// Pinned to one core beside ten busy loops, that test failed at 5 s and passed at this bound in
// about 16 s: the answer arrives, a render of 50 rows just takes seconds there. The bound is when
// to give up, not a timing goal: a passing test never waits for it, and a failing one still
// fails inside the 30 s test timeout.
configure({ asyncUtilTimeout: 15_000 });

// jsdom lacks a few browser APIs that React Router, Recharts and the design system touch.
Object.assign(globalThis, { TextEncoder, TextDecoder });
if (!('ResizeObserver' in globalThis)) {
  class ResizeObserverStub {
    observe = () => undefined;
    unobserve = () => undefined;
    disconnect = () => undefined;
  }
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
}
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
// Designsystemet's spinner synchronises its animation through the Web Animations API.
if (!('getAnimations' in document)) {
  Object.assign(Document.prototype, { getAnimations: () => [] });
  Object.assign(Element.prototype, { getAnimations: () => [] });
}
