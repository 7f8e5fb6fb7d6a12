import type {AnchorHTMLAttributes, ReactNode} from 'react';

// Stand-in for @docusaurus/Link: a plain anchor, so tests can read the target path. Like the
// real one, it reads `pathname://` as "this exact path, no base URL added".
export default function Link({
  to,
  href,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & {to?: string; children?: ReactNode}): ReactNode {
  return (
    <a href={(to ?? href)?.replace(/^pathname:\/\//, '')} {...rest}>
      {children}
    </a>
  );
}
