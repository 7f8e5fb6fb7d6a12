import {useEffect, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import {addressToRestore, notFoundPageForPath} from '@site/src/utils/notFoundLocale';

/** Sends the reader to the 404 page of the language their mistyped address belongs to. */
function useLocalisedNotFound(): void {
  const {
    i18n: {currentLocale, localeConfigs},
  } = useDocusaurusContext();
  useEffect(() => {
    const currentBase = localeConfigs[currentLocale]?.baseUrl ?? '/';
    const bases = Object.values(localeConfigs).map((config) => config.baseUrl);
    const target = notFoundPageForPath(window.location.pathname, currentBase, bases);
    if (target) {
      window.location.replace(target);
      return;
    }
    const restored = addressToRestore(window.location.search, currentBase);
    if (restored) {
      window.history.replaceState(window.history.state, '', restored);
    }
  }, [currentLocale, localeConfigs]);
}

export default function NotFoundContent({className}: Props): ReactNode {
  useLocalisedNotFound();
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            <Translate id="notFound.title" description="Heading of the 404 page">
              Không tìm thấy trang
            </Translate>
          </Heading>
          <p>
            <Translate id="notFound.explanation" description="First paragraph of the 404 page">
              Địa chỉ này không dẫn tới trang nào của cẩm nang. Có thể trang đã được đổi tên hoặc
              đường dẫn bị gõ sai.
            </Translate>
          </p>
          <p>
            <Translate id="notFound.suggestion" description="Lead-in to the links on the 404 page">
              Bạn có thể tiếp tục từ một trong các trang sau:
            </Translate>
          </p>
          <ul>
            <li>
              <Link to="/">
                <Translate id="notFound.link.home" description="404 page link to the home page">
                  Trang chủ
                </Translate>
              </Link>
            </li>
            <li>
              <Link to="/quy-trinh">
                <Translate
                  id="notFound.link.overview"
                  description="404 page link to the process overview"
                >
                  Tổng quan quy trình triển khai AI CoE
                </Translate>
              </Link>
            </li>
            <li>
              <Link to="/gioi-thieu">
                <Translate id="notFound.link.intro" description="404 page link to the introduction">
                  Giới thiệu về cẩm nang
                </Translate>
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
