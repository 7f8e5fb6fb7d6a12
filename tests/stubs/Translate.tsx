import type {ReactNode} from 'react';

// Stand-in for @docusaurus/Translate: returns the Vietnamese source message, as the
// default locale does.
interface TranslateParams {
  id?: string;
  message: string;
  description?: string;
}

export function translate({message}: TranslateParams): string {
  return message;
}

export default function Translate({
  children,
}: {
  id?: string;
  description?: string;
  children: string;
}): ReactNode {
  return children;
}
