import {Fragment, type ReactNode} from 'react';

// Stand-in for @docusaurus/Translate: returns the Vietnamese source message, as the
// default locale does, with {placeholders} filled in (text or elements).
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
  values?: Record<string, ReactNode>;
  children: string;
}): ReactNode {
  const parts = children.split(/(\{\w+\})/);
  return parts.map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return (
      <Fragment key={index}>{name && values && name in values ? values[name] : part}</Fragment>
    );
  });
}
