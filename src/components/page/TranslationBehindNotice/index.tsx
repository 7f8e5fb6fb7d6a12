import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * Tells an English reader that the Vietnamese source changed since this page was translated.
 * `sourceUrl` is the full path of the Vietnamese page, base URL included.
 */
export default function TranslationBehindNotice({sourceUrl}: {sourceUrl: string}): ReactNode {
  return (
    <aside className={styles.notice} role="note">
      <p className={styles.title}>
        <Translate
          id="translationBehind.title"
          description="Heading of the notice on a translation that may be outdated"
        >
          Bản dịch có thể chưa cập nhật
        </Translate>
      </p>
      <p className={styles.body}>
        <Translate
          id="translationBehind.body"
          description="Notice on an English page whose Vietnamese source changed after it was translated"
          values={{
            sourceLink: (
              // pathname:// and a full page load, as the theme's language menu does: the
              // Vietnamese pages are another locale's build, and a plain `to` would get this
              // locale's base URL (/en/) put in front of it.
              <Link to={`pathname://${sourceUrl}`} target="_self" hrefLang="vi" lang="vi">
                <Translate
                  id="translationBehind.sourceLink"
                  description="Link to the Vietnamese source page"
                >
                  bản tiếng Việt
                </Translate>
              </Link>
            ),
          }}
        >
          {
            'Trang gốc đã thay đổi sau lần dịch gần nhất. Để có nội dung mới nhất, xem {sourceLink}.'
          }
        </Translate>
      </p>
    </aside>
  );
}
