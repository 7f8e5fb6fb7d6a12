import type {ReactNode} from 'react';

// Stand-in for @theme/Layout: only the page's own content, without navbar and footer.
export default function Layout({
  children,
}: {
  title?: string;
  description?: string;
  children: ReactNode;
}): ReactNode {
  return <div>{children}</div>;
}
