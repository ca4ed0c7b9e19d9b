/**
 * Platform logos as DataHub's own bootstrap names them: the `logoUrl` of each `dataPlatformInfo` in
 * DataHub's bootstrap MCE file (`metadata-ingestion/examples/mce_files/bootstrap_mce.json`, a copy is
 * test/fixtures/datahub-golden/bootstrap_mce.json, and test/datahub-web-client.test.ts checks this
 * table against it): images of DataHub's web app, served from its repository. A platform the
 * bootstrap gives no logo has none here (null), unless its `dataPlatformInfo` aspect names one.
 */
const LOGO_BASE = "https://raw.githubusercontent.com/datahub-project/datahub/master/datahub-web-react/src/images/";

const LOGO_FILES: { readonly [platform: string]: string | undefined } = {
  adlsGen1: "adlslogo.png",
  adlsGen2: "adlslogo.png",
  couchbase: "couchbaselogo.png",
  hdfs: "hadooplogo.png",
  hive: "hivelogo.png",
  s3: "s3.png",
  kafka: "kafkalogo.png",
  kusto: "kustologo.png",
  mongodb: "mongodblogo.png",
  mysql: "mysqllogo.png",
  oracle: "oraclelogo.png",
  pinot: "pinotlogo.png",
  postgres: "postgreslogo.png",
  presto: "prestologo.png",
  teradata: "teradatalogo.png",
  snowflake: "snowflakelogo.png",
  redshift: "redshiftlogo.png",
  mssql: "mssqllogo.png",
  bigquery: "bigquerylogo.png",
  druid: "druidlogo.png",
  looker: "lookerlogo.png",
  feast: "feastlogo.png",
  sagemaker: "sagemakerlogo.png",
  glue: "gluelogo.png",
};

/** DataHub's logo of a platform (by its name, as in `urn:li:dataPlatform:<name>`), or null. */
export function platformLogoUrl(platform: string): string | null {
  const file = Object.hasOwn(LOGO_FILES, platform) ? LOGO_FILES[platform] : undefined;
  return file ? LOGO_BASE + file : null;
}
