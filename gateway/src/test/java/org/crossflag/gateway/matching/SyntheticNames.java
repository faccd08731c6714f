package org.crossflag.gateway.matching;

import java.util.List;
import java.util.Map;

/**
 * Name lists for synthetic people, written for Crossflag: common given and family names in Britain today, of
 * English, Scottish, Welsh, Irish, South Asian, Eastern European, Arabic, West African, Caribbean and other
 * origins, roughly most common first. They describe no one.
 */
final class SyntheticNames {

    static final List<String> MALE = List.of("David", "John", "Michael", "James", "Paul", "Mark", "Andrew", "Richard", "Robert",
            "Christopher", "Daniel", "Thomas", "Matthew", "Peter", "Stephen", "Steven", "William", "Anthony", "Jason", "Lee", "Gary",
            "Darren", "Craig", "Kevin", "Wayne", "Dean", "Scott", "Ryan", "Liam", "Jamie", "Adam", "Nathan", "Luke", "Carl", "Shaun",
            "Simon", "Neil", "Ian", "Martin", "Stuart", "Alan", "Barry", "Derek", "Terence", "Trevor", "Keith", "Colin", "Graham",
            "Philip", "Jonathan", "Nicholas", "Benjamin", "Samuel", "Joseph", "Edward", "Alexander", "Callum", "Connor", "Jordan",
            "Kieran", "Aaron", "Joshua", "Jack", "Harry", "Charlie", "George", "Oliver", "Lewis", "Kyle", "Bradley", "Mohammed",
            "Ahmed", "Ali", "Imran", "Tariq", "Hassan", "Hussain", "Omar", "Yusuf", "Bilal", "Usman", "Zubair", "Faisal", "Asif",
            "Rajesh", "Sanjay", "Amit", "Vikram", "Harpreet", "Gurpreet", "Jaswinder", "Mandeep", "Arjun", "Rahul", "Sunil",
            "Abdul", "Ibrahim", "Khalid", "Karim", "Mustafa", "Samir", "Tomasz", "Piotr", "Krzysztof", "Marcin", "Pawel", "Lukasz",
            "Michal", "Jakub", "Marek", "Andrzej", "Adrian", "Aleksander", "Dmitri", "Ivan", "Vasile", "Ionut", "Andrei", "Bogdan",
            "Mihai", "Darius", "Mindaugas", "Janis", "Kwame", "Kofi", "Oluwaseun", "Chinedu", "Emeka", "Tunde", "Delroy", "Winston",
            "Leroy", "Devon", "Marlon", "Tyrone", "Courtney", "Desmond", "Errol", "Clive", "Owen", "Rhys", "Gareth", "Dylan",
            "Sean", "Declan", "Patrick", "Ciaran", "Fergus", "Hamish", "Angus", "Euan", "Ewan", "Kenneth", "Malcolm", "Duncan",
            "Jose", "Luis", "Carlos", "Giuseppe", "Marco", "Mehmet", "Emre", "Kemal", "Reza", "Dariusz", "Nikolai", "Stefan");

    static final List<String> FEMALE = List.of("Sarah", "Emma", "Claire", "Nicola", "Lisa", "Michelle", "Rebecca", "Laura",
            "Gemma", "Kelly", "Amy", "Rachel", "Joanne", "Helen", "Karen", "Louise", "Samantha", "Victoria", "Jennifer", "Stacey",
            "Danielle", "Jessica", "Hannah", "Charlotte", "Sophie", "Chloe", "Lauren", "Amber", "Megan", "Katie", "Catherine",
            "Elizabeth", "Margaret", "Susan", "Patricia", "Deborah", "Tracey", "Sharon", "Julie", "Dawn", "Jacqueline", "Alison",
            "Zoe", "Natalie", "Leanne", "Kirsty", "Siobhan", "Aoife", "Niamh", "Bethan", "Cerys", "Rhiannon", "Fatima", "Ayesha",
            "Aisha", "Zainab", "Maryam", "Amina", "Khadija", "Samina", "Nadia", "Shabana", "Priya", "Sunita", "Anita", "Pooja",
            "Harjit", "Kiran", "Manpreet", "Simran", "Anna", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Monika",
            "Aleksandra", "Natalia", "Ewa", "Irina", "Olga", "Elena", "Ioana", "Andreea", "Gabriela", "Ramona", "Jurgita",
            "Abena", "Ama", "Ngozi", "Chioma", "Folake", "Yetunde", "Marcia", "Beverley", "Jasmine", "Shanice", "Tanisha",
            "Paulette", "Maria", "Ana", "Lucia", "Giulia", "Ayse", "Elif", "Leila", "Yasmin", "Mariam", "Noor", "Layla", "Sadia");

    static final List<String> FAMILY = List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
            "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green",
            "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris",
            "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis",
            "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey",
            "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis",
            "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
            "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler",
            "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed",
            "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne",
            "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill",
            "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong",
            "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe",
            "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding",
            "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane",
            "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross",
            "Cross", "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
            "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill",
            "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George",
            "Jordan", "Hutchinson", "Rahman", "Islam", "Akhtar", "Iqbal", "Mahmood", "Malik", "Aziz", "Chaudhry", "Qureshi",
            "Mirza", "Sheikh", "Choudhury", "Uddin", "Miah", "Sharma", "Kumar", "Gupta", "Mistry", "Chauhan", "Parmar", "Sandhu",
            "Dhillon", "Grewal", "Bains", "Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kowalczyk", "Kaminski", "Lewandowski",
            "Zielinski", "Szymanski", "Wozniak", "Dabrowski", "Kozlowski", "Mazur", "Popescu", "Ionescu", "Popa", "Dumitru",
            "Stan", "Kazlauskas", "Petrov", "Ivanov", "Novak", "Horvath", "Al-Hassan", "Abdullah", "Haddad", "Mansour", "Nasser",
            "Saleh", "Yilmaz", "Kaya", "Demir", "Okafor", "Adeyemi", "Mensah", "Owusu", "Boateng", "Okonkwo", "Adebayo",
            "Campbell-Brown", "Francis-Grant", "Gayle", "Grant", "Forbes", "Samuels", "Bryan", "Ricketts", "Williams-Johnson",
            "Da Silva", "De Souza", "Fernandes", "Rodrigues", "Rossi", "Russo", "Van der Berg", "MacLeod", "MacKenzie", "Fraser",
            "Sinclair", "Docherty", "McLaughlin", "Quinn", "Gallagher", "Doherty", "Kavanagh", "Flanagan", "Llewellyn", "Pritchard",
            "Vaughan", "Jenkins", "Nguyen", "Tran", "Chen", "Wang", "Li", "Zhang", "Wong", "Chan");

    /** Diminutives as people use them, written for the generator (independent of the production lists). */
    static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
            Map.entry("Robert", List.of("Bob", "Rob", "Bobby", "Robbie")), Map.entry("William", List.of("Bill", "Will", "Billy")),
            Map.entry("Michael", List.of("Mike", "Mick", "Micky")), Map.entry("James", List.of("Jim", "Jimmy", "Jamie")),
            Map.entry("Richard", List.of("Rich", "Rick", "Dick", "Richie")), Map.entry("Thomas", List.of("Tom", "Tommy")),
            Map.entry("Anthony", List.of("Tony", "Ant")), Map.entry("Christopher", List.of("Chris")),
            Map.entry("Daniel", List.of("Dan", "Danny")), Map.entry("David", List.of("Dave", "Davey")),
            Map.entry("Stephen", List.of("Steve")), Map.entry("Steven", List.of("Steve")), Map.entry("Andrew", List.of("Andy", "Drew")),
            Map.entry("Matthew", List.of("Matt")), Map.entry("Nicholas", List.of("Nick", "Nicky")), Map.entry("Samuel", List.of("Sam")),
            Map.entry("Joseph", List.of("Joe", "Joey")), Map.entry("Edward", List.of("Ed", "Eddie", "Ted")),
            Map.entry("Alexander", List.of("Alex", "Sandy")), Map.entry("Benjamin", List.of("Ben")), Map.entry("Jonathan", List.of("Jon")),
            Map.entry("Kenneth", List.of("Ken", "Kenny")), Map.entry("Derek", List.of("Del")), Map.entry("Gary", List.of("Gaz")),
            Map.entry("Barry", List.of("Baz")), Map.entry("Terence", List.of("Tel", "Terry")), Map.entry("Darren", List.of("Daz")),
            Map.entry("Philip", List.of("Phil")), Map.entry("Peter", List.of("Pete")), Map.entry("Patrick", List.of("Pat", "Paddy")),
            Map.entry("Kevin", List.of("Kev")), Map.entry("Trevor", List.of("Trev")), Map.entry("Samantha", List.of("Sam")),
            Map.entry("Elizabeth", List.of("Liz", "Beth", "Lizzie")), Map.entry("Margaret", List.of("Maggie", "Peggy")),
            Map.entry("Catherine", List.of("Kate", "Cathy")), Map.entry("Rebecca", List.of("Becky", "Becca")),
            Map.entry("Victoria", List.of("Vicky", "Tori")), Map.entry("Jennifer", List.of("Jenny", "Jen")),
            Map.entry("Jacqueline", List.of("Jackie")), Map.entry("Deborah", List.of("Debbie")), Map.entry("Susan", List.of("Sue")),
            Map.entry("Patricia", List.of("Pat", "Trish")), Map.entry("Aleksander", List.of("Olek")), Map.entry("Katarzyna", List.of("Kasia")),
            Map.entry("Mohammed", List.of("Mo")), Map.entry("Nicola", List.of("Nicky")), Map.entry("Jessica", List.of("Jess")));

    /** Spellings of one name in transliteration or in different traditions. */
    static final List<List<String>> VARIANTS = List.of(
            List.of("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed"), List.of("Ahmed", "Ahmad", "Ahmet"),
            List.of("Hussain", "Hussein", "Husain"), List.of("Yusuf", "Yousef", "Youssef", "Yusef"), List.of("Omar", "Umar"),
            List.of("Hassan", "Hasan"), List.of("Khalid", "Khaled"), List.of("Mustafa", "Mustapha", "Mostafa"),
            List.of("Ibrahim", "Ebrahim"), List.of("Abdul", "Abdel"), List.of("Fatima", "Fatimah"), List.of("Aisha", "Ayesha", "Aysha"),
            List.of("Zainab", "Zaynab"), List.of("Maryam", "Mariam"), List.of("Aleksander", "Alexander", "Aleksandr"),
            List.of("Dmitri", "Dmitry", "Dimitri"), List.of("Andrzej", "Andrej"), List.of("Katarzyna", "Katarina"),
            List.of("Rahman", "Rehman"), List.of("Chaudhry", "Choudhry", "Chaudhary"), List.of("Choudhury", "Chowdhury"),
            List.of("Qureshi", "Kureshi"), List.of("Mahmood", "Mahmud", "Mehmood"), List.of("Uddin", "Udin"), List.of("Miah", "Mia"),
            List.of("Ivanov", "Ivanoff"), List.of("Petrov", "Petroff"), List.of("Nguyen", "Nguyan"), List.of("Kowalski", "Kovalski"),
            List.of("Zhang", "Chang"), List.of("Sean", "Shaun", "Shawn"), List.of("Stephen", "Steven"), List.of("Philip", "Phillip"),
            List.of("Jon", "John"), List.of("Dylan", "Dillon"), List.of("Leanne", "Lianne"), List.of("Zoe", "Zoë"),
            List.of("Lukasz", "Łukasz"), List.of("Michal", "Michał"), List.of("Pawel", "Paweł"), List.of("Jose", "José"),
            List.of("Ayse", "Ayşe"), List.of("Wisniewski", "Wiśniewski"), List.of("Wojcik", "Wójcik"), List.of("Lucia", "Lucía"));

    static final List<String> POSTCODE_AREAS = List.of("B", "BN", "BS", "CB", "CM", "CO", "CR", "CT", "DA", "E", "EN", "IG", "IP",
            "L", "LE", "LS", "LU", "M", "ME", "MK", "N", "NG", "NR", "NW", "OX", "PE", "RM", "S", "SE", "SG", "SS", "SW", "TN",
            "UB", "W", "WD");
    static final List<String> STREETS = List.of("High", "Station", "Church", "Park", "Victoria", "Green", "Manor", "Kings",
            "Queens", "Grange", "Mill", "New", "School", "London", "North", "Springfield", "Albert", "Windsor", "Highfield",
            "Chapel", "Beech", "Oak", "Elm", "Meadow", "Clarence", "Stanley", "York", "Cromwell", "Nelson", "Coronation");
    static final List<String> STREET_KINDS = List.of("Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent", "Gardens");

    private SyntheticNames() {
    }
}
