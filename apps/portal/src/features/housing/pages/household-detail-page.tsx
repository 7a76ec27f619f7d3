import { Alert, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { Page, Section } from '../../../components/page';
import { Loading, ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useHousehold } from '../api/use-housing';
import { AllocateDwellingSection, HouseholdSituationTag } from '../components/household-situation';
import { HouseholdEditing } from '../components/household-editing';
import { HouseholdHomePanel } from '../components/household-home-panel';
import { SelfSettlementPanel } from '../components/self-settlement-panel';
import { SettleHouseholdPanel } from '../components/settle-household-panel';
import { householdTimeline } from '../household-timeline';
import { countryName, householdName, languageName } from '../household-view';
import { useMunicipalityName } from '../use-municipality-name';

export default function HouseholdDetailPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { householdId = '' } = useParams();
  const location = useLocation();
  const { user } = useSession();
  const municipalityName = useMunicipalityName();
  const household = useHousehold(householdId);
  const justRegistered = (location.state as { registered?: boolean } | null)?.registered;

  if (household.isPending) return <Loading />;
  if (household.error) {
    if (household.error instanceof ApiError && household.error.status === 404) {
      return (
        <Page title={t('household.notFound')}>
          <Link asChild>
            <RouterLink to="/housing/households">{t('household.back')}</RouterLink>
          </Link>
        </Page>
      );
    }
    return <ServerError error={household.error} />;
  }
  const data = household.data;
  return (
    <Page
      title={t('household.title', { name: householdName(data) })}
      lead={t('household.lead', {
        origin: t(`origin.${data.origin}`),
        country: countryName(data.countryOfOrigin, lang),
        count: data.members.length,
      })}
      actions={
        can(user, 'case:read') ? (
          <Link asChild>
            <RouterLink to={`/coordination/cases/${data.id}`}>{t('household.openCase')}</RouterLink>
          </Link>
        ) : undefined
      }
    >
      {justRegistered && (
        <Alert data-color="success" role="status" data-testid="registered">
          <Paragraph>{t('household.registered')}</Paragraph>
        </Alert>
      )}
      <dl className="facts">
        <div>
          <dt>{t('households.status')}</dt>
          <dd>
            <HouseholdSituationTag situation={data.situation} />
          </dd>
        </div>
        <div>
          <dt>{t('households.requestedOn')}</dt>
          <dd>{formatDate(data.requestedOn, lang)}</dd>
        </div>
        <div>
          <dt>{t('household.registeredAt')}</dt>
          <dd>{formatDate(data.registeredAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('registerHousehold.languages')}</dt>
          <dd>{data.languages.map((code) => languageName(code, lang)).join(', ') || '–'}</dd>
        </div>
      </dl>
      <div className="two-columns">
        <div>
          <Section title={t('registerHousehold.members')} id="members">
            <div className="table-wrap">
              <Table data-size="sm">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('households.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('person.relationship')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('person.birthDate')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('person.nationalId')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('person.settledOn')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.members.map((member) => (
                    <Table.Row key={member.id}>
                      <Table.Cell>
                        {member.givenName} {member.familyName}
                        {member.unaccompaniedMinor && (
                          <>
                            {' '}
                            <Tag data-color="warning" data-size="sm">
                              {t('person.unaccompaniedMinor')}
                            </Tag>
                          </>
                        )}
                        {member.movedOut && (
                          <>
                            {' '}
                            <Tag data-color="neutral" data-size="sm">
                              {t('person.movedOut', {
                                municipality: municipalityName(member.movedOut.municipality),
                                date: formatDate(member.movedOut.at, lang),
                              })}
                            </Tag>
                          </>
                        )}
                      </Table.Cell>
                      <Table.Cell>{t(`relationship.${member.relationship}`)}</Table.Cell>
                      <Table.Cell>{formatDate(member.birthDate, lang)}</Table.Cell>
                      <Table.Cell>{member.hasNationalId ? t('person.hasNationalId') : t('person.noNationalId')}</Table.Cell>
                      <Table.Cell>{formatDate(member.settledOn, lang)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </Section>
          {can(user, 'housing:write') && (
            <Section title={t('settleHousehold.title')} id="settle">
              <SettleHouseholdPanel household={data} canAllocate={can(user, 'dwellings:write')} />
            </Section>
          )}
          {can(user, 'dwellings:read') && (
            <Section title={t('householdHome.title')} id="home">
              <HouseholdHomePanel householdId={data.id} />
            </Section>
          )}
          {can(user, 'housing:write') && <HouseholdEditing household={data} />}
          {can(user, 'dwellings:write') && <AllocateDwellingSection household={data} />}
          <Section title={t('selfSettlement.title')} id="self-settlement">
            <SelfSettlementPanel householdId={data.id} cases={data.selfSettlements} canWrite={can(user, 'housing:write')} />
          </Section>
        </div>
        <Section title={t('household.timeline')} id="timeline">
          <ol className="timeline">
            {householdTimeline(data).map((item, index) => (
              <li key={`${item.kind}-${index}`}>
                <time dateTime={item.date}>{formatDate(item.date, lang)}</time>
                {t(`timeline.${item.kind}`, { who: item.who })}
              </li>
            ))}
          </ol>
        </Section>
      </div>
    </Page>
  );
}
