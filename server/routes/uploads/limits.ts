// GET /api/upload-limits: what a person may attach, shown before anything is uploaded.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ROUTES, uploadLimitsResponse } from '../../../api/index';
import type { AppContext } from '../../services/app-context';
import { pathOf } from '../route-path';

const uploadLimitsRoutes: FastifyPluginAsyncZod<{ readonly context: AppContext }> = async (app, { context }) => {
  app.get(pathOf(ROUTES.uploadLimits), { schema: { response: { 200: uploadLimitsResponse } } }, async () => ({
    maxFileBytes: context.files.maxFileBytes,
    caseQuotaBytes: context.files.caseQuotaBytes,
    uploadUrl: ROUTES.createUpload.url,
  }));
};

export default uploadLimitsRoutes;
