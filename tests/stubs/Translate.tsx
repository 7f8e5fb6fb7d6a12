import type {ReactNode} from 'react';

// Stand-in for @docusaurus/Translate: returns the Vietnamese source message, as the
// default locale does, with {placeholders} filled in.
interface TranslateParams {
  id?: string;
  message: string;
  description?: string;
}

type Values = Record<string, string | number>;

export function translate({message}: TranslateParams, values?: Values): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    values && name in values ? String(values[name]) : placeholder,
  );
}

export default function Translate({
  children,
  values,
}: {
  id?: string;
  description?: string;
  values?: Values;
  children: string;
}): ReactNode {
  return translate({message: children}, values);
}
