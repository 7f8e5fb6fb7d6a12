import {translate} from '@docusaurus/Translate';

/** The words of the search box and the results page, in the page's language. */
export const searchText = {
  label: () =>
    translate({
      id: 'search.box.label',
      message: 'Tìm kiếm',
      description: 'The name and placeholder of the search box',
    }),
  clear: () =>
    translate({
      id: 'search.box.clear',
      message: 'Xoá nội dung tìm kiếm',
      description: 'The name of the button that empties the search box',
    }),
  noResults: () =>
    translate({
      id: 'search.box.noResults',
      message: 'Không tìm thấy kết quả nào',
      description: 'The drop-down when nothing matches',
    }),
  seeAll: () =>
    translate({
      id: 'search.box.seeAll',
      message: 'Xem tất cả kết quả',
      description: 'The last option of the drop-down, which opens the full results page',
    }),
  loading: () =>
    translate({
      id: 'search.box.loading',
      message: 'Đang tải chỉ mục tìm kiếm…',
      description: 'The drop-down while the index is being fetched',
    }),
  unavailable: () =>
    translate({
      id: 'search.box.unavailable',
      message: 'Tìm kiếm chỉ có trong bản dựng production (npm run build, rồi npm run serve)',
      description: 'The drop-down when the index cannot be fetched, as on the development server',
    }),
  resultsLabel: () =>
    translate({
      id: 'search.box.resultsLabel',
      message: 'Kết quả tìm kiếm',
      description: 'The name of the drop-down list of results',
    }),
};
