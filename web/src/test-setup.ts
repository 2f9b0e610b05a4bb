import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no Web Animations API; Designsystemet's Spinner asks for it (STACK.md, web pitfall 4).
if (!('getAnimations' in document)) {
  Object.defineProperty(document, 'getAnimations', { value: () => [] });
}

afterEach(() => cleanup());
