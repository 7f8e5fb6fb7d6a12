import {createRequire} from 'node:module';
import type {ReactNode} from 'react';

/** React's server renderer, as the build uses it (the project has no types for it). */
export const {renderToString} = createRequire(import.meta.url)('react-dom/server') as {
  renderToString: (node: ReactNode) => string;
};
