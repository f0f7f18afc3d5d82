import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.claimstat.check.CheckRun;
import org.claimstat.check.Checks;
import org.claimstat.spark.SparkCheckRun;
import org.claimstat.spark.SparkChecks;

/**
 * Runs claimstat's checks on a Parquet file of claims with Spark and writes the findings to Parquet.
 *
 * <p>Arguments: {@code CLAIMS.parquet DATASET_DIR [OUT]}. The Parquet file holds the columns of
 * {@code claims.csv}; {@code DATASET_DIR} holds the dataset's {@code indicators.csv} and
 * {@code sources.csv} (and optionally {@code rates.csv}, {@code relations.csv}), read here with
 * Spark's CSV reader. With no arguments it first writes a small example dataset (claims as Parquet,
 * the rest as CSV) to a temporary folder and checks that.
 *
 * <p>Run it from the project folder after {@code mvn test-compile} (see docs/spark.md):
 * <pre>
 * java $SPARK_OPENS -cp target/test-classes:target/classes:$(cat target/bench.classpath) SparkChecksExample
 * </pre>
 */
public final class SparkChecksExample {
    private SparkChecksExample() {
    }

    public static void main(String[] args) throws Exception {
        SparkSession spark = SparkSession.builder().appName("claimstat-spark-example").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        Path claims;
        Path dir;
        if (args.length >= 2) {
            claims = Path.of(args[0]);
            dir = Path.of(args[1]);
        } else {
            dir = Files.createTempDirectory("claimstat-example");
            claims = dir.resolve("claims.parquet");
            ExampleData.write(spark, dir, claims);
            System.out.println("Wrote an example dataset to " + dir);
        }
        Path out = args.length >= 3 ? Path.of(args[2]) : dir.resolve("findings.parquet");

        SparkChecks.Builder builder = SparkChecks.builder()
                .indicators(csv(spark, dir.resolve("indicators.csv")))
                .sources(csv(spark, dir.resolve("sources.csv")))
                .checks(Checks::defaults);
        if (Files.exists(dir.resolve("rates.csv"))) {
            builder.rates(csv(spark, dir.resolve("rates.csv")));
        }
        if (Files.exists(dir.resolve("relations.csv"))) {
            builder.relations(csv(spark, dir.resolve("relations.csv")));
        }
        Dataset<Row> frame = spark.read().parquet(claims.toString());
        try (SparkCheckRun run = builder.build().run(frame)) {
            run.findings().write().mode(SaveMode.Overwrite).parquet(out.toString());
            System.out.printf("%-18s %9s %9s %9s%n", "check", "examined", "passed", "findings");
            for (CheckRun r : run.checks()) {
                System.out.printf("%-18s %9d %9d %9d%n", r.check(), r.examined(), r.passed(), r.findings());
            }
            System.out.println("Findings written to " + out + "; the first few:");
            spark.read().parquet(out.toString()).orderBy("check", "message").show(5, 100, true);
        }
        spark.stop();
    }

    private static Dataset<Row> csv(SparkSession spark, Path file) {
        return spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
                .csv(file.toString());
    }

    /** Writes a small dataset: claims as Parquet, indicators, sources and relations as CSV. */
    private static final class ExampleData {
        private ExampleData() {
        }

        static void write(SparkSession spark, Path dir, Path claims) throws Exception {
            Files.writeString(dir.resolve("indicators.csv"), String.join("\n",
                    "id,label,unit,aggregation,description",
                    "it_emigrants,IT workers who left,person,flow,",
                    "wave1,First wave,person,flow,",
                    "wave2,Second wave,person,flow,",
                    "total,Both waves,person,flow,") + "\n");
            Files.writeString(dir.resolve("sources.csv"), String.join("\n",
                    "id,publisher,title,url,published,author,language,derived_from,document",
                    "s1,Outlet A,Story,,2023-01-10,,en,AFP,",
                    "s2,Outlet B,Same story,,2023-01-10,,en,AFP,",
                    "s3,Outlet C,Interview,,2023-02-01,,en,,",
                    "s4,Outlet D,Report,,2023-03-05,,en,,") + "\n");
            Files.writeString(dir.resolve("relations.csv"), "id,expression,description\n"
                    + "waves,wave1 + wave2 <= total,the waves are part of the total\n");
            List<String> rows = List.of(
                    "c1,it_emigrants,RU,2022,2022,100000,,,person,approximately,estimate,Ministry,s1,about 100000",
                    "c2,it_emigrants,RU,2022,2022,100000,,,person,approximately,estimate,Ministry,s2,about 100000",
                    "c3,it_emigrants,RU,2022,2022,95000,,,person,nearly,statement,Union,s3,nearly 95000",
                    "c4,it_emigrants,RU,2022,2022,96000,,,person,exact,statement,Agency,s4,96000",
                    "c5,wave1,RU,2022,2022,60000,,,person,exact,statement,Ministry,s3,60000",
                    "c6,wave2,RU,2022,2022,50000,,,person,exact,statement,Ministry,s3,50000",
                    "c7,total,RU,2022,2022,100000,,,person,exact,statement,Ministry,s4,100000");
            Path csv = dir.resolve("claims-source.csv");
            Files.writeString(csv, "id,indicator,entity,period_start,period_end,value,lower,upper,unit,hedge,kind,"
                    + "claimant,source,quote\n" + String.join("\n", rows) + "\n");
            spark.read().option("header", "true").schema(SparkChecks.schema(List.of())).csv(csv.toString())
                    .write().mode(SaveMode.Overwrite).parquet(claims.toString());
        }
    }
}
