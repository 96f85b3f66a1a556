import { useTranslation } from 'react-i18next';
import { usePageHeading } from '../hooks/use-page-heading';
import { hrefFor } from '../routes';

export function NotFoundPage() {
  const { t } = useTranslation('prosecutor');
  const heading = usePageHeading(t('notFound.title'), 'notFound');
  return (
    <section className="card">
      <h1 ref={heading} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.text')}</p>
      <p>
        <a href={hrefFor({ name: 'login' })}>{t('links.goToSignIn')}</a>
      </p>
    </section>
  );
}
