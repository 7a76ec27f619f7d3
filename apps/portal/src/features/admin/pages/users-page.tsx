import { Alert, Button, Dialog, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { roles, updateUserRequest, type Role, type UserView } from '@ankomst/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSession } from '../../../auth/use-session';
import { SelectField, TextField } from '../../../components/form-field';
import { zodFieldErrors } from '../../../forms/rule-messages';
import { Page, Section } from '../../../components/page';
import { ServerError } from '../../../components/states';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { formatDate } from '../../../format/format';
import { useDeactivateUser, useUpdateUser, useUsers } from '../api/use-users';
import { CreateUserForm } from '../components/create-user-form';

/** What the admin is about to do to one account; role changes and deactivation end its sessions. */
type PendingAction =
  | { kind: 'role'; user: UserView; role: Role }
  | { kind: 'deactivate'; user: UserView }
  | { kind: 'rename'; user: UserView; displayName: string }
  | { kind: 'password'; user: UserView; password: string };

/** The field message for the dialog's input, by the contract's own schema; undefined when valid. */
function dialogInputError(pending: PendingAction, t: TFunction): string | undefined {
  const change =
    pending.kind === 'rename'
      ? { displayName: pending.displayName.trim() }
      : pending.kind === 'password'
        ? { password: pending.password }
        : undefined;
  if (!change) return undefined;
  const parsed = updateUserRequest.safeParse(change);
  return parsed.success ? undefined : Object.values(zodFieldErrors(t, parsed.error))[0];
}

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user: me } = useSession();
  const users = useUsers();
  const update = useUpdateUser();
  const deactivate = useDeactivateUser();
  const [pending, setPending] = useState<PendingAction>();
  const [done, setDone] = useState<string>();
  const [inputError, setInputError] = useState<string>();

  const municipality = me
    ? t(`municipality.${me.municipality}`, { defaultValue: t('municipality.fallback', { number: me.municipality }) })
    : '';

  const closeDialog = () => {
    setPending(undefined);
    setInputError(undefined);
    update.reset();
    deactivate.reset();
  };

  const confirm = () => {
    if (!pending) return;
    const name = pending.user.displayName;
    const invalid = dialogInputError(pending, t);
    if (invalid) {
      setInputError(invalid);
      return;
    }
    if (pending.kind === 'rename') {
      const displayName = pending.displayName.trim();
      update.mutate(
        { id: pending.user.id, displayName },
        {
          onSuccess: () => {
            setDone(t('userAdmin.renamed', { name: displayName }));
            closeDialog();
          },
        },
      );
    } else if (pending.kind === 'password') {
      update.mutate(
        { id: pending.user.id, password: pending.password },
        {
          onSuccess: () => {
            setDone(t('userAdmin.passwordReset', { name }));
            closeDialog();
          },
        },
      );
    } else if (pending.kind === 'role') {
      const role = pending.role;
      update.mutate(
        { id: pending.user.id, role },
        {
          onSuccess: () => {
            setDone(t('users.roleChanged', { name, role: t(`roles.${role}`) }));
            closeDialog();
          },
        },
      );
    } else {
      deactivate.mutate(pending.user.id, {
        onSuccess: () => {
          setDone(t('users.deactivated', { name }));
          closeDialog();
        },
      });
    }
  };

  const reactivate = (user: UserView) => {
    setDone(undefined);
    update.mutate({ id: user.id, active: true }, { onSuccess: () => setDone(t('users.reactivated', { name: user.displayName })) });
  };

  const role = (user: UserView) => t(`roles.${user.role}`, { defaultValue: user.role });
  const status = (user: UserView) => (user.active ? t('users.active') : t('users.inactive'));
  const source = (user: UserView) =>
    user.source === 'local' ? t('users.sourceLocal') : t('users.sourceExternal', { issuer: user.source });
  const rowActions = (user: UserView) => {
    const self = user.id === me?.userId;
    const local = user.source === 'local';
    return (
      <>
        {/* The admin's own account is left alone here: changing it could lock the municipality out. */}
        {!self && (
          <div className="row-actions">
            {user.active && local && (
              <Button
                variant="secondary"
                data-size="sm"
                aria-label={t('users.changeRoleFor', { name: user.displayName })}
                onClick={() => {
                  setDone(undefined);
                  setPending({ kind: 'role', user, role: user.role });
                }}
              >
                {t('users.changeRole')}
              </Button>
            )}
            {user.active && (
              <Button
                variant="secondary"
                data-size="sm"
                aria-label={t('userAdmin.renameFor', { name: user.displayName })}
                onClick={() => {
                  setDone(undefined);
                  setPending({ kind: 'rename', user, displayName: user.displayName });
                }}
              >
                {t('userAdmin.rename')}
              </Button>
            )}
            {user.active && local && (
              <Button
                variant="secondary"
                data-size="sm"
                aria-label={t('userAdmin.resetPasswordFor', { name: user.displayName })}
                onClick={() => {
                  setDone(undefined);
                  setPending({ kind: 'password', user, password: '' });
                }}
              >
                {t('userAdmin.resetPassword')}
              </Button>
            )}
            {user.active ? (
              <Button
                variant="secondary"
                data-color="danger"
                data-size="sm"
                aria-label={t('users.deactivateFor', { name: user.displayName })}
                onClick={() => {
                  setDone(undefined);
                  setPending({ kind: 'deactivate', user });
                }}
              >
                {t('users.deactivate')}
              </Button>
            ) : (
              <Button
                variant="secondary"
                data-size="sm"
                aria-label={t('users.reactivateFor', { name: user.displayName })}
                disabled={update.isPending}
                onClick={() => reactivate(user)}
              >
                {t('users.reactivate')}
              </Button>
            )}
          </div>
        )}
      </>
    );
  };
  const columns: TableColumn<UserView>[] = [
    {
      id: 'username',
      header: t('users.username'),
      cell: (user) => (user.id === me?.userId ? `${user.username} (${t('users.you')})` : user.username),
      sortValue: (user) => user.username,
    },
    { id: 'displayName', header: t('users.displayName'), cell: (user) => user.displayName, sortValue: (user) => user.displayName },
    { id: 'role', header: t('users.role'), cell: role, sortValue: role },
    {
      id: 'status',
      header: t('users.status'),
      cell: (user) => <Tag data-color={user.active ? 'success' : 'neutral'}>{status(user)}</Tag>,
      sortValue: status,
    },
    { id: 'source', header: t('users.source'), cell: source, sortValue: source },
    {
      id: 'createdAt',
      header: t('users.createdAt'),
      cell: (user) => formatDate(user.createdAt, lang),
      sortValue: (user) => user.createdAt,
    },
    { id: 'actions', header: t('common.actions'), cell: rowActions },
  ];

  const dialogError = pending ? (pending.kind === 'deactivate' ? deactivate.error : update.error) : undefined;
  const dialogBusy = update.isPending || deactivate.isPending;

  return (
    <Page title={t('users.title')} lead={t('users.lead', { municipality })}>
      <Section title={t('users.listHeading')} id="users">
        {done && (
          <Alert data-color="success" role="status" data-testid="users-done">
            {done}
          </Alert>
        )}
        {!pending && update.error && <ServerError error={update.error} />}
        <DataTable
          caption={t('users.listHeading')}
          columns={columns}
          rows={users.data?.users}
          rowKey={(user) => user.id}
          rowTestId={(user) => `user-${user.username}`}
          query={{ isPending: users.isPending, error: users.error, feature: t('users.title') }}
          emptyText={t('users.empty')}
          testId="users-table"
        />
      </Section>

      <Section title={t('users.create.heading')} id="new-user">
        <Paragraph>{t('users.create.lead')}</Paragraph>
        <CreateUserForm onCreated={(user) => setDone(t('users.create.created', { username: user.username }))} />
      </Section>

      <Dialog open={pending !== undefined} onClose={closeDialog} closeButton={t('common.close')} aria-labelledby="user-dialog-heading">
        {pending && (
          <>
            <Heading level={2} data-size="xs" id="user-dialog-heading">
              {t(
                {
                  role: 'users.confirmRoleTitle',
                  deactivate: 'users.confirmDeactivateTitle',
                  rename: 'userAdmin.renameTitle',
                  password: 'userAdmin.resetTitle',
                }[pending.kind],
                { name: pending.user.displayName },
              )}
            </Heading>
            {pending.kind === 'rename' && (
              <TextField
                id="user-dialog-display-name"
                label={t('userAdmin.newDisplayName')}
                autoComplete="off"
                value={pending.displayName}
                onChange={(e) => {
                  setInputError(undefined);
                  setPending({ ...pending, displayName: e.target.value });
                }}
                error={inputError}
                required
              />
            )}
            {pending.kind === 'password' && (
              <TextField
                id="user-dialog-password"
                label={t('userAdmin.newPassword')}
                description={t('userAdmin.newPasswordHelp')}
                type="password"
                autoComplete="new-password"
                value={pending.password}
                onChange={(e) => {
                  setInputError(undefined);
                  setPending({ ...pending, password: e.target.value });
                }}
                error={inputError}
                required
              />
            )}
            {pending.kind === 'role' && (
              <SelectField
                label={t('users.newRole')}
                value={pending.role}
                onChange={(e) => setPending({ ...pending, role: e.target.value as Role })}
              >
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </SelectField>
            )}
            <Paragraph>
              {t(
                {
                  role: 'users.confirmRoleBody',
                  deactivate: 'users.confirmDeactivateBody',
                  rename: 'userAdmin.renameBody',
                  password: 'userAdmin.resetBody',
                }[pending.kind],
                { username: pending.user.username },
              )}
            </Paragraph>
            {dialogError && <ServerError error={dialogError} />}
            <div className="form-actions">
              <Button
                data-color={pending.kind === 'deactivate' ? 'danger' : undefined}
                disabled={dialogBusy || (pending.kind === 'role' && pending.role === pending.user.role)}
                onClick={confirm}
              >
                {dialogBusy
                  ? t('form.saving')
                  : t(
                      {
                        role: 'users.confirmRole',
                        deactivate: 'users.confirmDeactivate',
                        rename: 'userAdmin.confirmRename',
                        password: 'userAdmin.confirmReset',
                      }[pending.kind],
                    )}
              </Button>
              <Button variant="secondary" onClick={closeDialog}>
                {t('common.cancel')}
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </Page>
  );
}
