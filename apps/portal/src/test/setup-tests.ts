import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// findBy*/waitFor give up after 1 s by default. A search that waits for its debounce, then
// for the (fake) answer and a render, took longer than that on a loaded two-core machine:
// allow 5 s, which a test that really fails still reaches quickly enough.
configure({ asyncUtilTimeout: 5_000 });

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
