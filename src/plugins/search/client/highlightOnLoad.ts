import type {ClientModule} from '@docusaurus/types';

// Loaded with every page, so it holds only the check for the parameter: the highlighter itself
// (and the folding it needs) is fetched when a reader arrives from a search result.
const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    const query = new URLSearchParams(location.search).get('_highlight');
    const article = document.querySelector('article');
    if (query && article) {
      void import(/* webpackChunkName: "search-highlight" */ './highlight').then(
        ({highlightWords}) => highlightWords(article, query),
      );
    }
  },
};

export default clientModule;
