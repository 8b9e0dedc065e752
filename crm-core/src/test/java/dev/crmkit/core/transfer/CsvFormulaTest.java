package dev.crmkit.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV injection: what a spreadsheet would run is written as text, and read back as it was. */
class CsvFormulaTest {

    @Test
    void should_write_a_cell_that_starts_a_formula_with_a_quote_before_it() {
        String csv = written(List.of(
                "=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1:A9)", "+1+cmd|' /C calc'!A0", "-2+3", "\tx", "\rx"));

        assertThat(csv)
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'@SUM(A1:A9),"
                        + "'+1+cmd|' /C calc'!A0,'-2+3,'\tx,\"'\rx\"\r\n");
    }

    @Test
    void should_keep_numbers_readable() {
        String csv = written(Arrays.asList(-5, 42L, "-5", "-1250.50", "1250.50", "0", null));

        assertThat(csv).isEqualTo("-5,42,-5,-1250.50,1250.50,0,\r\n");
    }

    @Test
    void should_quote_either_separator_so_no_locale_splits_a_formula_into_a_cell_of_its_own() {
        String csv = written(List.of("a;=1+2", "b,=1+2"));

        assertThat(csv).isEqualTo("\"a;=1+2\",\"b,=1+2\"\r\n");
    }

    @Test
    void should_give_a_cell_that_already_starts_with_quotes_before_a_formula_one_quote_more() {
        String csv = written(List.of("'=1+2", "''-5", "'abc", "'", "'5"));

        assertThat(csv).isEqualTo("''=1+2,'''-5,'abc,','5\r\n");
    }

    @Test
    void should_read_every_written_cell_back_unchanged() {
        List<String> cells = List.of(
                "=HYPERLINK(\"http://evil\",\"x\")",
                "@x",
                "+49 30 1234",
                "-",
                "-5",
                "-1.5",
                "--5",
                "\tTab",
                "\r\nbreak",
                "'=quoted",
                "''@twice",
                "'-5",
                "'",
                "''",
                "'Tis",
                "=",
                "",
                " = spaced ",
                "x;=1+2");

        assertThat(read(written(cells))).containsExactly(cells);
    }

    @Test
    void should_read_a_hand_made_file_without_the_quote_a_spreadsheet_adds_before_a_formula_only() {
        List<List<String>> records = read("name,note\r\n'=1+2,'Tis\r\n");

        assertThat(records.get(1)).containsExactly("=1+2", "'Tis");
    }

    private static String written(List<?> fields) {
        StringWriter out = new StringWriter();
        new CsvWriter(out).write(fields);
        return out.toString();
    }

    private static List<List<String>> read(String csv) {
        CsvReader reader = new CsvReader(new StringReader(csv));
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
