import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nb } from '../../../i18n/nb';
import { installFakeFetch } from '../../../test/fake-fetch';
import { renderWithProviders } from '../../../test/render';
import { OpenCaseForm } from './open-case-form';

const householdId = '11111111-1111-4111-8111-111111111111';
const text = nb.health.caseForms.open;

describe('OpenCaseForm', () => {
  it('lists everything missing at once (referring unit, reason, own unit) and sends nothing', async () => {
    const { fetchMock } = installFakeFetch({});
    renderWithProviders(<OpenCaseForm householdId={householdId} onOpened={jest.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent(text.referredFrom);
    expect(summary).toHaveTextContent(text.reason);
    expect(summary).toHaveTextContent(text.ownUnit);
    expect(screen.getByLabelText(new RegExp(`^${text.ownUnit}`))).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.reason}`)), 'Needs coordinated services');
    await userEvent.selectOptions(screen.getByLabelText(new RegExp(`^${text.ownUnit}`)), 'refugee-health-service');
    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    await waitFor(() => expect(screen.getByTestId('error-summary')).toHaveTextContent(text.referredFrom));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('posts the referral with the household and the chosen needs, and hands back the case', async () => {
    const opened = { id: '22222222-2222-4222-8222-222222222222' };
    const { callsTo } = installFakeFetch({ 'POST /api/refugee-health/coordination-cases': { status: 201, body: opened } });
    const onOpened = jest.fn();
    renderWithProviders(<OpenCaseForm householdId={householdId} onOpened={onOpened} />);

    await userEvent.selectOptions(screen.getByLabelText(new RegExp(`^${text.referredFrom}`)), 'intro-centre');
    await userEvent.type(screen.getByLabelText(new RegExp(`^${text.reason}`)), 'Needs coordinated services');
    await userEvent.selectOptions(screen.getByLabelText(new RegExp(`^${text.ownUnit}`)), 'refugee-health-service');
    await userEvent.click(screen.getByLabelText(nb.health.needs.disability));
    await userEvent.click(screen.getByRole('button', { name: text.submit }));

    await waitFor(() => expect(onOpened).toHaveBeenCalledWith(opened));
    expect(callsTo('POST /api/refugee-health/coordination-cases')[0].body).toMatchObject({
      householdId,
      referredBy: 'unit',
      referredFrom: 'intro-centre',
      reason: 'Needs coordinated services',
      serviceNeeds: ['disability'],
      ownUnit: 'refugee-health-service',
    });
  });
});
