package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.TwoTierWorkbooks;

/** link --merge for a merged unit, and new --kind for the two-tier structure, on real files. */
class MergedUnitsCliTest {

    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(Assessment assessment, String name) {
        Path file = folder.resolve(name);
        CchcFile.write(assessment, file);
        return file;
    }

    @Test
    void theFormerWardsBecomeTheEarlierPeriodOfTheMergedWard() {
        List<Assessment> formers = TwoTierWorkbooks.formerWards();
        Path one = write(formers.get(0), "phuong-1.cchc");
        Path five = write(formers.get(1), "phuong-5.cchc");
        Path dongLe = write(formers.get(2), "phuong-dong-le.cchc");
        Path merged = write(BundledData.mergedSample().withEarlierPeriod(null), "dong-ha.cchc");

        CliRun sum = run("link", merged.toString(), "--earlier", one.toString(), "--earlier", five.toString(),
                "--earlier", dongLe.toString(), "--merge", "tong");

        assertThat(sum.exitCode()).as(sum.err()).isZero();
        EarlierPeriod earlier = CchcFile.read(merged).earlierPeriod();
        assertThat(earlier.unitName()).isEqualTo("Phường 1 + Phường 5 + Phường Đông Lễ");
        BigDecimal expected = formers.stream().map(f -> EarlierPeriods.of(f, "").total())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(earlier.total()).isEqualByComparingTo(expected);

        CliRun chosen = run("link", merged.toString(), "--earlier", one.toString(), "--earlier", five.toString(),
                "--merge", "mot", "--chosen", "2");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        EarlierPeriod second = CchcFile.read(merged).earlierPeriod();
        assertThat(second.total()).isEqualByComparingTo(EarlierPeriods.of(formers.get(1), "").total());
        assertThat(second.node("1").orElseThrow().points())
                .isEqualByComparingTo(EarlierPeriods.of(formers.get(1), "").node("1").orElseThrow().points());

        CliRun average = run("link", merged.toString(), "--earlier", one.toString(), "--earlier", five.toString(),
                "--merge", "trung-binh");
        assertThat(average.exitCode()).isZero();
        BigDecimal two = EarlierPeriods.of(formers.get(0), "").total().add(EarlierPeriods.of(formers.get(1), "").total());
        assertThat(CchcFile.read(merged).earlierPeriod().total())
                .isEqualByComparingTo(two.divide(BigDecimal.TWO, 4, RoundingMode.HALF_UP));
    }

    @Test
    void severalFormerUnitsNeedAMethodAndTheChosenOneMustExist() {
        List<Assessment> formers = TwoTierWorkbooks.formerWards();
        Path one = write(formers.get(0), "phuong-1.cchc");
        Path five = write(formers.get(1), "phuong-5.cchc");
        Path merged = write(BundledData.mergedSample().withEarlierPeriod(null), "dong-ha.cchc");

        CliRun noMethod = run("link", merged.toString(), "--earlier", one.toString(), "--earlier", five.toString());
        assertThat(noMethod.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(noMethod.err() + noMethod.out()).contains("hãy chọn cách ghép: --merge tong");

        CliRun noSuch = run("link", merged.toString(), "--earlier", one.toString(), "--earlier", five.toString(),
                "--merge", "mot", "--chosen", "3");
        assertThat(noSuch.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(noSuch.err() + noSuch.out()).contains("Không có đơn vị cũ thứ 3; chỉ có 2 đơn vị.");

        CliRun otherPeriods = run("link", one.toString(), "--earlier", merged.toString(), "--earlier", five.toString(),
                "--merge", "tong");
        assertThat(otherPeriods.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(otherPeriods.err() + otherPeriods.out()).contains("các đơn vị cũ phải cùng một kỳ");
        CliRun later = run("link", one.toString(), "--earlier", merged.toString(), "--merge", "tong");
        assertThat(later.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(later.err() + later.out()).contains("kỳ trước phải là kỳ sớm hơn");
        assertThat(CchcFile.read(merged).earlierPeriod()).isNull();
    }

    @Test
    void newTakesTheKindAndTheSampleOfTheYear() {
        Path ward = folder.resolve("dong-ha.cchc");
        CliRun run = run("--data-dir", folder.resolve("data").toString(), "new", "--sample-set", "xa", "--unit",
                "Đông Hà", "--kind", "phuong", "--period", "6 tháng đầu năm", "--year", "2025", "-o", ward.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Assessment created = CchcFile.read(ward);
        assertThat(created.unit().kind()).isEqualTo(UnitKind.WARD);
        assertThat(created.criteria().id()).isEqualTo("mau-xa-2025");

        // Without --kind, the word the name begins with.
        Path special = folder.resolve("con-co.cchc");
        CliRun named = run("--data-dir", folder.resolve("data").toString(), "new", "--sample-set", "xa", "--unit",
                "Đặc khu Cồn Cỏ", "--period", "cả năm", "--year", "2025", "-o", special.toString());
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(CchcFile.read(special).unit().kind()).isEqualTo(UnitKind.SPECIAL_ZONE);

        CliRun district = run("--data-dir", folder.resolve("data").toString(), "new", "--sample-set", "huyen", "--unit",
                "Vĩnh Linh", "--period", "cả năm", "--year", "2025", "-o", folder.resolve("vl.cchc").toString());
        assertThat(district.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(district.err()).contains("chỉ dùng cho các kỳ trước 7/2025");

        CliRun wrongKind = run("--data-dir", folder.resolve("data").toString(), "new", "--sample-set", "so-nganh",
                "--unit", "Sở Tư pháp", "--kind", "phuong", "--period", "cả năm", "--year", "2025", "-o",
                folder.resolve("stp.cchc").toString());
        assertThat(wrongKind.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(wrongKind.err()).contains("không chấm theo bộ tiêu chí sở, ban, ngành");
    }
}
