/// The English names of the days of the week, lowercased, Sunday first as Gregorian
/// calendars number them: read by the tagger, the recognizer and the time expressions alike.
public enum Weekdays {
    public static let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
}
