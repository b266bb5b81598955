// Reads config, opens the database, migrates, seeds demo data, serves HTTP.
// Any failure at start is one clear line on stderr and a non-zero exit.
import { randomBytes } from 'node:crypto';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import { StartupError } from './lib/errors.ts';
import { seedDemoCatalog } from './modules/catalog/seed/load-demo.ts';
import { masterKeyFromDataDir } from './modules/documents/seals/master-key-file.ts';
import { DEPARTMENT } from './modules/documents/templates/department.ts';
import { seedDemoStaff } from './modules/identity/idp/seed-staff.ts';
import { seedDemoExperts } from './modules/experts/seed.ts';
import { seedDemoRatingPoints } from './modules/feedback/seed.ts';
import { seedCalendar } from './modules/workflow/calendar/seed.ts';
import { registerWorkflows } from './modules/workflow/registry.ts';
import { startStandins } from './modules/integration/standins/start.ts';

async function start(): Promise<void> {
  const config: Config = loadConfig();
  const database: Database = await openDatabase(config.database);
  let closing = false;
  try {
    const { version, applied } = await migrate(database.db).catch((err: unknown) => {
      if (err instanceof StartupError) throw err;
      throw new StartupError('MIGRATION_FAILED', `数据库迁移失败：${(err as Error).message}`);
    });
    // Every department needs the working-day calendar (deadlines), not only demos.
    const calendarSeed = await seedCalendar(database.db).catch((err: unknown) => {
      throw new StartupError('CALENDAR_SEED_FAILED', `工作日历导入失败：${(err as Error).message}`);
    });
    const adminToken = config.adminToken ?? randomBytes(18).toString('base64url');
    // The public address is known for sure only once listening (PORT=0 picks a free port).
    let publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
    let sealMasterKey = config.sealMasterKey;
    try {
      sealMasterKey ??= masterKeyFromDataDir(config.dataDir);
    } catch (err) {
      throw new StartupError('SEAL_MASTER_KEY_INVALID', `印章主密钥无法读取：${(err as Error).message}`);
    }
    // Outside systems not configured are played by local stand-ins (STANDINS=true, the default).
    const standins = await startStandins(config.integration);
    const { app, catalog, identity, integration, jobs, experts, documents } = await buildApp({
      database,
      adminToken,
      logLevel: config.logLevel,
      webDist: config.webDist,
      trustProxy: config.trustProxy,
      identityProvider: config.identityProvider,
      publicUrl: () => publicUrl,
      session: config.session,
      filesDir: config.filesDir,
      maxUploadBytes: config.maxUploadBytes,
      integration: standins.config,
      sealMasterKey,
      documentTokenSecret: config.documentTokenSecret,
      ratingFollowupDays: config.ratingFollowupDays,
    });
    // A wrong SEAL_MASTER_KEY would make every seal and licence fail later: refuse to start instead.
    await documents.seals.checkMasterKey().catch(() => {
      throw new StartupError('SEAL_MASTER_KEY_MISMATCH', '印章主密钥（SEAL_MASTER_KEY）与已保存的印章密钥不匹配，请使用原来的密钥');
    });
    await documents.licences.ensureKey();
    await registerWorkflows(database.db);
    const seeded = config.seedDemo ? await seedDemoCatalog(catalog) : 0;
    if (config.seedDemo && config.identityProvider.kind === 'bundled') {
      await seedDemoStaff(identity);
      await seedDemoExperts(experts);
    }
    if (config.seedDemo) await documents.seals.seedDemo(DEPARTMENT.name);
    if (config.seedDemo) await seedDemoRatingPoints(database.db);

    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      await app.close();
      await standins.close();
      await database.close();
      process.exit(0);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));

    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new StartupError('PORT_IN_USE', `端口 ${config.port} 已被占用，请设置 PORT 使用其他端口`);
      if (code === 'EACCES') throw new StartupError('PORT_FORBIDDEN', `无权监听端口 ${config.port}，请设置 PORT 使用 1024 以上的端口`);
      throw err;
    }
    // Timers and other durable jobs; app.close() at shutdown waits for the job in hand.
    jobs.start();
    // Deliveries start once the app is up (workflows registered, address known for callbacks).
    integration.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    publicUrl = config.publicUrl ?? `http://localhost:${port}`;
    const where = database.kind === 'pglite' ? `嵌入式 PGlite（${config.database.kind === 'pglite' ? config.database.dataDir : ''}）` : 'PostgreSQL';
    console.log(
      [
        `科政通已启动：${publicUrl}  （数据库：${where}，迁移版本 ${version}${applied.length ? `，本次执行 ${applied.join(',')}` : ''}${seeded ? `，导入演示事项 ${seeded} 项` : ''}${calendarSeed.years.length ? `，导入工作日历 ${calendarSeed.years.length > 1 ? `${calendarSeed.years[0]}–${calendarSeed.years.at(-1)}` : calendarSeed.years[0]} 年` : ''}）`,
        `接口文档：${publicUrl}/api/docs`,
        config.identityProvider.kind === 'bundled'
          ? `统一身份认证：内置演示平台 ${publicUrl}/idp（演示账号见 README）`
          : `统一身份认证：${config.identityProvider.issuer}`,
        ...standins.lines,
        config.adminToken ? '管理后台：/admin（令牌见 ADMIN_TOKEN）' : `管理后台：${publicUrl}/admin  本次随机管理令牌：${adminToken}（设置 ADMIN_TOKEN 可固定）`,
      ].join('\n'),
    );
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
}

start().catch((err: unknown) => {
  if (err instanceof StartupError) {
    console.error(`启动失败 [${err.code}]：${err.message}`);
  } else {
    console.error(`启动失败 [UNEXPECTED]：${(err as Error).stack ?? String(err)}`);
  }
  process.exit(1);
});
