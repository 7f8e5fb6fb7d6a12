import type {AnchorHTMLAttributes, ReactNode} from 'react';

// Stand-in for @docusaurus/Link: a plain anchor, so tests can read the target path. Like the
// real one, it reads `pathname://` as "this exact path, no base URL added", and keeps its own
// `autoAddBaseUrl` option off the anchor.
export default function Link({
  to,
  href,
  children,
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  autoAddBaseUrl,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & {
  to?: string;
  autoAddBaseUrl?: boolean;
  children?: ReactNode;
}): ReactNode {
  return (
    <a href={(to ?? href)?.replace(/^pathname:\/\//, '')} {...rest}>
      {children}
    </a>
  );
}
