package org.wbsmodeler.diagram.build;

import org.wbsmodeler.model.format.Durations;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers and dates are written in boxes. Fixed, locale-independent forms (ISO dates, comma thousands) so a
 * diagram looks the same on every machine and in every test.
 */
public final class Formats {

    /** Written where a value is unknown (an unscheduled date). */
    public static final String NONE = "—";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Formats() {
    }

    /** Working days in the product's one form ({@link Durations}): "5 d", "2.5 d", "0 d"; {@code NaN} gives {@code null}. */
    public static String days(double days) {
        return Durations.days(days);
    }

    /** Lag with its sign, as in MS Project's predecessor column: "+2 d", "−1 d"; zero gives {@code ""}. */
    public static String lag(double days) {
        return Durations.lag(days);
    }

    /** Money without decimals and with the currency code: "12,500 USD". */
    public static String money(double amount, String currency) {
        String number = new DecimalFormat("#,##0", SYMBOLS).format(Math.round(amount));
        return currency == null || currency.isBlank() ? number : number + " " + currency;
    }

    /** A date with the given pattern, or {@link #NONE}. Plan dates have no zone: what is stored is shown. */
    public static String date(LocalDateTime date, DateTimeFormatter format) {
        if (date == null) {
            return NONE;
        }
        return format.format(date);
    }
}
