// A user's file that creates and calls all three provider clients: `pnpm bench` type-checks it
// with --extendedDiagnostics to report the type-check cost (time, instantiations) users pay.
// Never run, only checked.
import { createCloudcherryClient } from '@cloud-sdks/cloudcherry';
import { createCloudlxClient } from '@cloud-sdks/cloudlx';
import { cloudlxValidation } from '@cloud-sdks/cloudlx/validation';
import { createCloudmoreClient } from '@cloud-sdks/cloudmore';

export async function inventory(): Promise<string[]> {
  const cloudlx = createCloudlxClient({ clientId: 'id', clientSecret: 'secret', validate: cloudlxValidation });
  const cloudmore = createCloudmoreClient({ clientId: 'id', clientSecret: 'secret', username: 'user', password: 'pw' });
  const cloudcherry = createCloudcherryClient({ username: 'user', apiKey: 'key' });

  const services = await cloudlx.GET('/api/services');
  const organizations = await cloudmore.GET('/api/resellers/{resellerId}/Organizations', {
    params: { path: { resellerId: 'reseller' } },
  });
  const questions = await cloudcherry.GET('/api/questions');

  const names: string[] = [];
  for (const service of services.data?.services ?? []) names.push(service.name);
  if (organizations.error === undefined && organizations.data !== undefined) names.push(`${JSON.stringify(organizations.data).length}`);
  if (questions.data !== undefined) names.push(`${JSON.stringify(questions.data).length}`);
  return names;
}
