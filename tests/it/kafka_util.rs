//! A real Kafka-compatible broker for the tests: tansu (`scripts/install-tansu.sh` installs
//! it), started with in-memory storage on a free loopback port and killed when dropped. Plus
//! small producer/consumer helpers over rdkafka.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::KafkaError;
use rdkafka::message::{Headers, Message};
use rdkafka::producer::{FutureProducer, FutureRecord};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

/// Where the tansu binary is: on PATH or in ~/.cargo/bin.
fn tansu_binary() -> PathBuf {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo/bin"));
    }
    dirs.into_iter().map(|d| d.join("tansu")).find(|p| p.is_file()).unwrap_or_else(|| {
        panic!(
            "the Kafka tests need the tansu broker, which is not installed: run scripts/install-tansu.sh \
             (cargo install tansu --locked --features dynostore, about 13 minutes)"
        )
    })
}

/// A running tansu broker.
pub struct Tansu {
    child: Child,
    pub port: u16,
}

impl Tansu {
    /// Start a broker on a free loopback port and wait until it accepts connections.
    pub fn start() -> Tansu {
        let bin = tansu_binary();
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free loopback port");
        let url = format!("tcp://127.0.0.1:{port}");
        let child = Command::new(&bin)
            .arg("broker")
            .args(["--storage-engine", "memory://tansu/"])
            .args(["--listener-url", &url, "--advertised-listener-url", &url])
            .env_remove("RUST_LOG")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
        let t = Tansu { child, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "tansu did not listen on 127.0.0.1:{port} within 20 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        t
    }

    pub fn bootstrap(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn client_config(&self) -> ClientConfig {
        let mut c = ClientConfig::new();
        c.set("bootstrap.servers", self.bootstrap());
        c
    }

    /// Create a topic with `partitions` partitions.
    pub async fn create_topic(&self, name: &str, partitions: i32) {
        let admin: AdminClient<DefaultClientContext> =
            self.client_config().create().expect("admin client");
        let res = admin
            .create_topics(
                &[NewTopic::new(name, partitions, TopicReplication::Fixed(1))],
                &AdminOptions::new(),
            )
            .await
            .expect("create_topics");
        for r in res {
            r.unwrap_or_else(|(t, e)| panic!("creating topic {t}: {e:?}"));
        }
        // Wait until the metadata shows every partition.
        let consumer: BaseConsumer = self.consumer_config().create().expect("consumer");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(md) = consumer.fetch_metadata(Some(name), Duration::from_secs(2)) {
                if md
                    .topics()
                    .iter()
                    .any(|t| t.name() == name && t.partitions().len() == partitions as usize)
                {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "topic {name} did not appear");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn producer(&self) -> FutureProducer {
        self.client_config()
            .set("enable.idempotence", "true")
            .set("linger.ms", "5")
            .set("queue.buffering.max.messages", "1000000")
            .create()
            .expect("producer")
    }

    /// Produce `(partition, key, value, timestamp ms)` messages and wait for every delivery.
    pub async fn produce<I>(&self, topic: &str, messages: I)
    where
        I: IntoIterator<Item = (i32, Option<Vec<u8>>, Option<Vec<u8>>, Option<i64>)>,
    {
        let producer = self.producer();
        let mut pending = Vec::new();
        for (p, k, v, ts) in messages {
            let mut rec: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(topic).partition(p);
            if let Some(k) = &k {
                rec = rec.key(k.as_slice());
            }
            if let Some(v) = &v {
                rec = rec.payload(v.as_slice());
            }
            if let Some(ts) = ts {
                rec = rec.timestamp(ts);
            }
            loop {
                match producer.send_result(rec) {
                    Ok(d) => {
                        pending.push(d);
                        break;
                    }
                    Err((KafkaError::MessageProduction(_), r)) => {
                        rec = r;
                        tokio::time::sleep(Duration::from_millis(5)).await;
                    }
                    Err((e, _)) => panic!("produce: {e}"),
                }
            }
            if pending.len() >= 50_000 {
                for d in pending.drain(..) {
                    d.await.expect("delivery").expect("delivered");
                }
            }
        }
        for d in pending {
            d.await.expect("delivery").expect("delivered");
        }
    }

    fn consumer_config(&self) -> ClientConfig {
        let mut c = self.client_config();
        c.set("group.id", "privsql-test-reader")
            .set("enable.auto.commit", "false")
            .set("enable.partition.eof", "true");
        c
    }

    /// High-water mark of each partition. tansu 0.6 answers the offset query with the last
    /// batch's base offset + 1, so read from there to the end of each partition.
    pub fn high_watermarks(&self, topic: &str, partitions: i32) -> Vec<i64> {
        let consumer: BaseConsumer = self
            .consumer_config()
            .set("fetch.wait.max.ms", "10")
            .create()
            .expect("consumer");
        let mut highs: Vec<i64> = (0..partitions)
            .map(|p| {
                consumer
                    .fetch_watermarks(topic, p, Duration::from_secs(5))
                    .expect("watermarks")
                    .1
            })
            .collect();
        let mut tpl = TopicPartitionList::new();
        for p in 0..partitions {
            tpl.add_partition_offset(topic, p, Offset::Offset((highs[p as usize] - 1).max(0)))
                .expect("tpl");
        }
        consumer.assign(&tpl).expect("assign");
        let mut open = partitions;
        let deadline = Instant::now() + Duration::from_secs(20);
        while open > 0 {
            assert!(
                Instant::now() < deadline,
                "the end of {topic} was not reached"
            );
            match consumer.poll(Duration::from_millis(100)) {
                None => {}
                Some(Err(KafkaError::PartitionEOF(_))) => open -= 1,
                Some(Err(e)) => panic!("consume: {e}"),
                Some(Ok(m)) => {
                    let h = &mut highs[m.partition() as usize];
                    *h = (*h).max(m.offset() + 1);
                }
            }
        }
        highs
    }

    /// Committed offsets of `group`, per partition (-1 for none).
    pub fn committed(&self, topic: &str, partitions: i32, group: &str) -> Vec<i64> {
        let consumer: BaseConsumer = self
            .consumer_config()
            .set("group.id", group)
            .create()
            .expect("consumer");
        let mut tpl = TopicPartitionList::new();
        for p in 0..partitions {
            tpl.add_partition(topic, p);
        }
        let got = consumer
            .committed_offsets(tpl, Duration::from_secs(5))
            .expect("committed");
        (0..partitions)
            .map(|p| match got.find_partition(topic, p).map(|e| e.offset()) {
                Some(Offset::Offset(o)) => o,
                _ => -1,
            })
            .collect()
    }

    /// Every message of a topic: key, value and headers, partition by partition.
    pub fn consume_all(&self, topic: &str, partitions: i32) -> Vec<ReadMessage> {
        let highs = self.high_watermarks(topic, partitions);
        let consumer: BaseConsumer = self.consumer_config().create().expect("consumer");
        let mut tpl = TopicPartitionList::new();
        for p in 0..partitions {
            tpl.add_partition_offset(topic, p, Offset::Beginning)
                .expect("tpl");
        }
        consumer.assign(&tpl).expect("assign");
        let mut out = Vec::new();
        let mut done: Vec<bool> = highs.iter().map(|h| *h == 0).collect();
        let deadline = Instant::now() + Duration::from_secs(60);
        while done.iter().any(|d| !d) {
            assert!(Instant::now() < deadline, "reading {topic} back timed out");
            match consumer.poll(Duration::from_millis(200)) {
                None => {}
                Some(Err(KafkaError::PartitionEOF(p))) => done[p as usize] = true,
                Some(Err(e)) => panic!("consume: {e}"),
                Some(Ok(m)) => {
                    let p = m.partition();
                    if m.offset() + 1 >= highs[p as usize] {
                        done[p as usize] = true;
                    }
                    let headers = m
                        .headers()
                        .map(|h| {
                            h.iter()
                                .map(|h| {
                                    (
                                        h.key.to_string(),
                                        String::from_utf8_lossy(h.value.unwrap_or_default())
                                            .into_owned(),
                                    )
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    out.push(ReadMessage {
                        key: m.key().map(|k| k.to_vec()),
                        value: m.payload().map(|v| v.to_vec()),
                        headers,
                    });
                }
            }
        }
        out
    }
}

/// A message read back by [`Tansu::consume_all`].
#[derive(Debug, Clone)]
pub struct ReadMessage {
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, String)>,
}

impl Drop for Tansu {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
