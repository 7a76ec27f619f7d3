import { Alert, Details, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { checklistStatuses, type ChecklistItemView, type ChecklistStatus } from '@ankomst/contracts/health';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { Page, Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useArrivalChecklist, useUpdateChecklistItem } from '../api/use-health';
import { ExtraGrantForm } from '../components/extra-grant-form';
import { OpenCaseForm } from '../components/open-case-form';
import { ChecklistStateTag } from '../components/state-tag';

/** One person's arrival checklist: each item's deadlines, where it stands, and its status to set. */
export default function PersonChecklistPage() {
  const { t, i18n } = useTranslation();
  const { personId = '' } = useParams();
  const { user } = useSession();
  const navigate = useNavigate();
  const checklist = useArrivalChecklist(personId);
  const update = useUpdateChecklistItem();
  const person = checklist.data?.person;
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '–');
  const setStatus = (item: ChecklistItemView, status: ChecklistStatus) =>
    update.mutate({ itemId: item.id, status, referral: item.referral, note: item.note });

  return (
    <Page title={person ? `${person.givenName} ${person.familyName}` : t('health.checklists.title')} lead={t('health.checklists.lead')}>
      <Link asChild>
        <RouterLink to="/refugee-health">{t('health.checklists.back')}</RouterLink>
      </Link>
      {person?.responsibleUnit === 'migra-station' && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/refugee-health/children/${person.personId}`}>{t('health.child.title')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <Section title={t('health.checklists.title')} id="person-checklist">
        <QueryState error={checklist.error} isPending={checklist.isPending} feature={t('health.checklists.title')} />
        {update.isSuccess && <Alert data-color="success">{t('health.checklists.saved')}</Alert>}
        {checklist.data && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{t('health.checklists.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('health.checklists.item')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.recommendedBy')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.dueOn')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.latestOn')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.responsible')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {checklist.data.items.map((item) => (
                  <Table.Row key={item.id} data-testid={`item-${item.kind}`}>
                    <Table.Cell>{t(`health.kind.${item.kind}`)}</Table.Cell>
                    <Table.Cell>{date(item.recommendedBy)}</Table.Cell>
                    <Table.Cell>
                      {date(item.dueOn)} <ChecklistStateTag state={item.state} />
                    </Table.Cell>
                    <Table.Cell>{date(item.latestOn)}</Table.Cell>
                    <Table.Cell>{t(`health.units.${item.responsibleUnit}`)}</Table.Cell>
                    <Table.Cell>
                      <select
                        className="ds-input"
                        aria-label={t('health.checklists.setStatus', { item: t(`health.kind.${item.kind}`) })}
                        value={item.status}
                        disabled={update.isPending}
                        onChange={(event) => setStatus(item, event.target.value as ChecklistStatus)}
                      >
                        {checklistStatuses.map((status) => (
                          <option key={status} value={status}>
                            {t(`health.status.${status}`)}
                          </option>
                        ))}
                      </select>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
      {person && can(user, 'coordination:write') && (
        <Details data-testid="open-case">
          <Details.Summary>{t('health.caseForms.open.heading')}</Details.Summary>
          <Details.Content>
            <Paragraph>{t('health.caseForms.open.lead')}</Paragraph>
            <OpenCaseForm householdId={person.householdId} onOpened={(view) => void navigate(`/refugee-health/coordination/${view.id}`)} />
          </Details.Content>
        </Details>
      )}
      {person && can(user, 'health:write') && (
        <Details data-testid="new-grant">
          <Details.Summary>{t('health.grantForm.heading')}</Details.Summary>
          <Details.Content>
            <Paragraph>{t('health.grantForm.lead')}</Paragraph>
            <ExtraGrantForm personId={person.personId} onCreated={() => void navigate('/refugee-health/extra-grants')} />
          </Details.Content>
        </Details>
      )}
    </Page>
  );
}
