import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Page } from '../../../components/page';
import { RegisterHouseholdForm } from '../components/register-household-form';

export default function RegisterHouseholdPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Page title={t('registerHousehold.title')} lead={t('registerHousehold.lead')}>
      <RegisterHouseholdForm
        onRegistered={(household) => void navigate(`/housing/households/${household.id}`, { state: { registered: true } })}
      />
    </Page>
  );
}
