import { Card, CardContent, Typography } from '@mui/material';
import { PasswordInput, SaveButton, SimpleForm, Title, Toolbar, required, useDataProvider, useRedirect, useTranslate, type Validator } from 'react-admin';
import { actionSubmit } from '../common/actionSubmit';
import type { QdDataProvider } from '../providers/dataProvider';
import { PASSWORD_RULES } from '../common/passwordRules';
import { useActionNotify } from '../common/useActionNotify';

export { CHANGE_PASSWORD_PATH } from './path';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const sameAsNew: Validator = (value, values) => (value && value !== values.newPassword ? 'qd.password.mismatch' : undefined);

const PasswordToolbar = () => (
  <Toolbar>
    <SaveButton alwaysEnable />
  </Toolbar>
);

/** 修改密码: the signed-in user's own password; the server's field errors show under the inputs. */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<QdDataProvider>();
  const notify = useActionNotify();
  const redirect = useRedirect();

  const submit = actionSubmit(
    notify,
    (values: Partial<PasswordForm>) => dataProvider.changePassword({ currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' }),
    'qd.password.changed',
    () => redirect('/'),
  );

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="qd.password.title" />
      <CardContent sx={{ pb: 0 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('qd.password.intro')}
        </Typography>
      </CardContent>
      <SimpleForm onSubmit={submit} toolbar={<PasswordToolbar />}>
        <PasswordInput source="currentPassword" label="qd.password.current" validate={required()} autoComplete="current-password" fullWidth />
        <PasswordInput source="newPassword" label="qd.password.new" validate={[required(), ...PASSWORD_RULES]} autoComplete="new-password" fullWidth />
        <PasswordInput source="confirmPassword" label="qd.password.confirm" validate={[required(), sameAsNew]} autoComplete="new-password" fullWidth />
      </SimpleForm>
    </Card>
  );
};
