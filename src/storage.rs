//! Object stores resolved on first use from a URL's scheme and bucket, with credentials taken from
//! the config file or the environment, never from SQL text. Local paths go to DataFusion's default
//! local file system store.

use std::sync::Arc;

use dashmap::DashMap;
use datafusion::common::{plan_datafusion_err, DataFusionError, Result};
use datafusion::execution::object_store::{DefaultObjectStoreRegistry, ObjectStoreRegistry};
use object_store::aws::AmazonS3Builder;
use object_store::azure::MicrosoftAzureBuilder;
use object_store::gcp::GoogleCloudStorageBuilder;
use object_store::http::HttpBuilder;
use object_store::{ClientOptions, ObjectStore};
use url::Url;

use crate::config::StorageConfig;

/// An [`ObjectStoreRegistry`] that builds S3, GCS, Azure and HTTP stores on demand.
#[derive(Debug)]
pub struct LazyObjectStoreRegistry {
    config: StorageConfig,
    /// Stores registered explicitly or built already, keyed by `scheme://authority`.
    built: DashMap<String, Arc<dyn ObjectStore>>,
    inner: DefaultObjectStoreRegistry,
}

impl LazyObjectStoreRegistry {
    /// A registry building stores from `config` (and the environment for unset values).
    pub fn new(config: StorageConfig) -> Self {
        Self { config, built: DashMap::new(), inner: DefaultObjectStoreRegistry::new() }
    }

    fn key(url: &Url) -> String {
        format!("{}://{}", url.scheme(), &url[url::Position::BeforeHost..url::Position::AfterPort])
    }

    fn build(&self, url: &Url) -> Result<Option<Arc<dyn ObjectStore>>> {
        let bucket = url.host_str().unwrap_or_default();
        let err = |e: object_store::Error| {
            // The store's error names the missing setting; it never carries secret values.
            plan_datafusion_err!("cannot open object store for {}: {e}", Self::key(url))
        };
        let store: Arc<dyn ObjectStore> = match url.scheme() {
            "s3" | "s3a" => {
                let c = &self.config.s3;
                let mut b = AmazonS3Builder::from_env().with_bucket_name(bucket);
                if let Some(v) = &c.region {
                    b = b.with_region(v);
                }
                if let Some(v) = &c.endpoint {
                    b = b.with_endpoint(v);
                }
                if let Some(v) = &c.access_key_id {
                    b = b.with_access_key_id(v.expose());
                }
                if let Some(v) = &c.secret_access_key {
                    b = b.with_secret_access_key(v.expose());
                }
                if let Some(v) = &c.session_token {
                    b = b.with_token(v.expose());
                }
                if let Some(v) = c.allow_http {
                    b = b.with_allow_http(v);
                }
                if let Some(v) = c.skip_signature {
                    b = b.with_skip_signature(v);
                }
                Arc::new(b.build().map_err(err)?)
            }
            "gs" | "gcs" => {
                let c = &self.config.gcs;
                let mut b = GoogleCloudStorageBuilder::from_env().with_bucket_name(bucket);
                if let Some(p) = &c.service_account_path {
                    b = b.with_service_account_path(p.to_string_lossy());
                }
                if let Some(k) = &c.service_account_key {
                    b = b.with_service_account_key(k.expose());
                }
                Arc::new(b.build().map_err(err)?)
            }
            "az" | "azure" | "abfs" | "abfss" | "adl" => {
                let c = &self.config.azure;
                let mut b = MicrosoftAzureBuilder::from_env().with_url(url.as_str());
                if let Some(v) = &c.account {
                    b = b.with_account(v);
                }
                if let Some(v) = &c.access_key {
                    b = b.with_access_key(v.expose());
                }
                if let Some(v) = &c.bearer_token {
                    b = b.with_bearer_token_authorization(v.expose());
                }
                if let Some(v) = c.use_emulator {
                    b = b.with_use_emulator(v);
                }
                Arc::new(b.build().map_err(err)?)
            }
            "http" | "https" => {
                if url.scheme() == "http" && !self.config.http.allow_http {
                    return Err(plan_datafusion_err!(
                        "plain http:// URLs are off; set storage.http.allow_http = true to read {}",
                        Self::key(url)
                    ));
                }
                let base = Self::key(url);
                let options = ClientOptions::new().with_allow_http(self.config.http.allow_http);
                Arc::new(HttpBuilder::new().with_url(base).with_client_options(options).build().map_err(err)?)
            }
            _ => return Ok(None),
        };
        Ok(Some(store))
    }
}

impl ObjectStoreRegistry for LazyObjectStoreRegistry {
    fn register_store(&self, url: &Url, store: Arc<dyn ObjectStore>) -> Option<Arc<dyn ObjectStore>> {
        match url.scheme() {
            "file" => self.inner.register_store(url, store),
            _ => self.built.insert(Self::key(url), store),
        }
    }

    fn deregister_store(&self, url: &Url) -> Result<Arc<dyn ObjectStore>> {
        match self.built.remove(&Self::key(url)) {
            Some((_, store)) => Ok(store),
            None => self.inner.deregister_store(url),
        }
    }

    fn get_store(&self, url: &Url) -> Result<Arc<dyn ObjectStore>> {
        if url.scheme() == "file" {
            return self.inner.get_store(url);
        }
        let key = Self::key(url);
        if let Some(store) = self.built.get(&key) {
            return Ok(Arc::clone(store.value()));
        }
        match self.build(url)? {
            Some(store) => Ok(Arc::clone(self.built.entry(key).or_insert(store).value())),
            None => Err(DataFusionError::Plan(format!(
                "no object store for {key}: privsql reads file://, s3://, gs://, az://, abfs:// and http(s):// URLs"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_scheme_is_a_clear_error() {
        let r = LazyObjectStoreRegistry::new(StorageConfig::default());
        let e = r.get_store(&Url::parse("ftp://host/x.csv").unwrap()).unwrap_err().to_string();
        assert!(e.contains("ftp://host"), "{e}");
    }

    #[test]
    fn s3_store_is_built_once_from_config() {
        let mut c = StorageConfig::default();
        c.s3.region = Some("eu-west-1".into());
        c.s3.skip_signature = Some(true);
        let r = LazyObjectStoreRegistry::new(c);
        let u = Url::parse("s3://bucket/a/b.parquet").unwrap();
        let a = r.get_store(&u).unwrap();
        let b = r.get_store(&Url::parse("s3://bucket/other.csv").unwrap()).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
    }

    #[test]
    fn plain_http_needs_opt_in() {
        let r = LazyObjectStoreRegistry::new(StorageConfig::default());
        let e = r.get_store(&Url::parse("http://example.com/x.csv").unwrap()).unwrap_err().to_string();
        assert!(e.contains("allow_http"), "{e}");
        assert!(r.get_store(&Url::parse("https://example.com/x.csv").unwrap()).is_ok());
    }
}
