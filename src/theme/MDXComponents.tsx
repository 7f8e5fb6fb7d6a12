import MDXComponents from '@theme-original/MDXComponents';
import MarkdownTable from '@site/src/components/page/MarkdownTable';

// Only what every page may use. The process, compliance and stakeholder components are
// imported by the pages that show them, so their code (and their data) loads with those pages
// alone instead of with every page of the guide.
export default {
  ...MDXComponents,
  // Markdown tables: a sideways-scrolling box only when a table is wider than the page.
  table: MarkdownTable,
};
