// GET /api/directory: the agencies a whistleblower can report to, with their certificates.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROUTES, directoryResponse } from '../../../api/index';
import type { AppContext } from '../../services/app-context';
import { loadDirectory } from '../../services/directory';
import { pathOf } from '../route-path';

const directoryRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  app.get(pathOf(ROUTES.directory), { schema: { response: { 200: directoryResponse } } }, async () => ({
    agencies: await loadDirectory(context.db),
  }));
};

export default directoryRoutes;
