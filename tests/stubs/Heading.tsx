import type {HTMLAttributes, ReactNode} from 'react';

// Stand-in for @theme/Heading: the requested heading level, without anchor links.
type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export default function Heading({
  as: Tag,
  children,
  ...rest
}: HTMLAttributes<HTMLHeadingElement> & {as: HeadingTag}): ReactNode {
  return <Tag {...rest}>{children}</Tag>;
}
