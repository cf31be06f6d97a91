//! What PostgreSQL clients expect of a server beyond the wire protocol: any database name they
//! connect with reaches the catalog ([`databases`]), and the functions their drivers call on
//! connect and for metadata (`version()`, `current_setting`, ...) answer as PostgreSQL's do
//! ([`functions`]). Set up once, in [`setup`], on the session every connection shares.

pub mod case_subquery;
pub mod databases;
pub mod expandarray;
pub mod functions;
pub mod names;
pub mod rewrite;

use std::sync::Arc;

use datafusion::error::Result;
use datafusion::prelude::SessionContext;
use datafusion_postgres::datafusion_pg_catalog::pg_catalog::context::EmptyContextProvider;
use datafusion_postgres::datafusion_pg_catalog::pg_catalog::setup_pg_catalog;
use datafusion_postgres::pgwire::api::ClientInfo;

use databases::DatabaseAliases;

/// DataFusion's default catalog name, kept as an alias when `server.database` renames it (the
/// catalog store records names qualified with the catalog).
const DATAFUSION_CATALOG: &str = "datafusion";

/// The server's session: `ctx` with database names aliased to its default catalog, the
/// pg_catalog schema and PostgreSQL's functions. `ctx`'s default catalog is the one clients reach
/// whatever database they name (`server.database` names it, see [`crate::server::serve`]).
pub fn setup(ctx: SessionContext) -> Result<SessionContext> {
    let catalog = ctx
        .copied_config()
        .options()
        .catalog
        .default_catalog
        .clone();
    {
        // In place: the URL-table factory of `enable_url_table` holds this state by reference.
        let state = ctx.state_ref();
        let mut state = state.write();
        let aliases = DatabaseAliases::new(state.catalog_list().clone(), &catalog);
        if catalog != DATAFUSION_CATALOG {
            aliases.admit(DATAFUSION_CATALOG);
        }
        state.register_catalog_list(Arc::new(aliases));
        // PostgreSQL's sessions have a TimeZone (UTC here, the TimeZone parameter the server
        // reports): `timestamptz` values and casts carry it, as DataFusion gives them one only
        // with a default time zone set.
        let tz = &mut state.config_mut().options_mut().execution.time_zone;
        if tz.is_none() {
            *tz = Some("+00:00".to_owned());
        }
    }
    setup_pg_catalog(&ctx, &catalog, EmptyContextProvider).map_err(|e| *e)?;
    // After setup_pg_catalog: some replace its versions of the same names.
    for f in functions::functions() {
        ctx.register_udf(f);
    }
    Ok(ctx)
}

/// Let the database name `client` connected with (its startup `database` parameter; libpq sends
/// the user name when none is given) name the default catalog in three-part names.
pub fn admit_database<C: ClientInfo + ?Sized>(ctx: &SessionContext, client: &C) {
    if let Some(name) = client
        .metadata()
        .get(datafusion_postgres::pgwire::api::METADATA_DATABASE)
    {
        admit_name(ctx, name);
    }
}

/// Let `name` name the default catalog in three-part names (see [`DatabaseAliases::admit`]).
pub fn admit_name(ctx: &SessionContext, name: &str) {
    let state = ctx.state_ref();
    let state = state.read();
    if let Some(aliases) = state.catalog_list().downcast_ref::<DatabaseAliases>() {
        aliases.admit(name);
    }
}
