import type {AnchorHTMLAttributes, ReactNode} from 'react';

// Stand-in for @docusaurus/Link: a plain anchor, so tests can read the target path.
export default function Link({
  to,
  href,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string; children?: ReactNode}): ReactNode {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
